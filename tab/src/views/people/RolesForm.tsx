import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { describeProblem } from '../../../../domain/messages';
import type { Role } from '../../../../domain/people';
import { parseRoleChange } from '../../../../domain/peopleAdmin';
import type { Problem } from '../../../../domain/problems';
import type { PersonDetail } from '../../../../contract/views';
import { ApiError, type Api } from '../../api';
import { fieldProblems } from '../../components/IntentFeedback';
import { useLocale, useT } from '../../i18n';
import { AdminFeedback, type Outcome } from './AdminFeedback';
import { useFormStyles } from './formStyles';
import { RoleChoice } from './RoleChoice';
import { roleList } from './roleList';

/**
 * POST /api/people/{id}/roles with the version shown (If-Match): checked roles are granted,
 * cleared ones revoked. When someone changed the person first, the current roles replace the
 * checkboxes and the reason stays.
 */
export function RolesForm({
  api,
  person,
  onChanged,
}: {
  api: Api;
  person: PersonDetail;
  onChanged: (person: PersonDetail) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useFormStyles();
  const [chosen, setChosen] = useState<Role[]>(person.roles);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [reloaded, setReloaded] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setReloaded(false);
    const grant = chosen.filter((role) => !person.roles.includes(role));
    const revoke = person.roles.filter((role) => !chosen.includes(role));
    if (!grant.length && !revoke.length) {
      setProblems([]);
      setOutcome({ kind: 'done', text: t('tab.people.nothingChanged') });
      return;
    }
    const parsed = parseRoleChange({ grant, revoke, reason });
    setProblems(parsed.ok ? [] : parsed.error);
    if (!parsed.ok) return;
    setBusy(true);
    try {
      const { data } = await api.send('POST /api/people/:id/roles', {
        params: { id: person.id },
        body: parsed.value,
        ifMatch: person.version,
      });
      onChanged(data);
      setChosen(data.roles);
      setReason('');
      setOutcome({
        kind: 'done',
        text: t('tab.people.saved', {
          version: data.version,
          roles: roleList(data.roles, locale),
        }),
      });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      // Someone else changed them first: show what is stored now, keep what was typed.
      if (error instanceof ApiError && error.status === 412 && error.body.current) {
        const current = error.body.current as PersonDetail;
        onChanged(current);
        setChosen(current.roles);
        setReloaded(true);
      }
    } finally {
      setBusy(false);
    }
  };

  const roleProblem = problems.find((p) => p.field === 'grant' || p.field === 'revoke');
  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
      <RoleChoice
        chosen={chosen}
        onChange={setChosen}
        problem={roleProblem ? describeProblem(roleProblem, locale) : undefined}
      />
      <Field
        label={t('field.adminReason')}
        hint={t('tab.people.reasonHint')}
        required
        {...fieldProblems(problems, 'reason', locale)}
      >
        <Textarea value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('tab.people.save')}
        </Button>
      </div>
      <AdminFeedback outcome={outcome} extra={reloaded ? t('tab.people.reloaded') : undefined} />
    </form>
  );
}
