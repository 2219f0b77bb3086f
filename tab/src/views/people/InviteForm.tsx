import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { describeProblem } from '../../../../domain/messages';
import type { Role } from '../../../../domain/people';
import { parseInvitation } from '../../../../domain/peopleAdmin';
import type { Problem } from '../../../../domain/problems';
import type { Api } from '../../api';
import { Panel } from '../../components/Panel';
import { fieldProblems } from '../../components/IntentFeedback';
import { useLocale, useT } from '../../i18n';
import { AdminFeedback, type Outcome } from './AdminFeedback';
import { useFormStyles } from './formStyles';
import { RoleChoice } from './RoleChoice';
import { roleList } from './roleList';

/** POST /api/people/invitations: roles that wait for a user principal name (admins). */
export function InviteForm({ api, onInvited }: { api: Api; onInvited: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useFormStyles();
  const [upn, setUpn] = useState('');
  const [chosen, setChosen] = useState<Role[]>([]);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    // The server's own reading of the request, so its problems show before anything is sent.
    const parsed = parseInvitation({ upn, roles: chosen, reason });
    setProblems(parsed.ok ? [] : parsed.error);
    if (!parsed.ok) return;
    setBusy(true);
    try {
      await api.send('POST /api/people/invitations', { body: parsed.value });
      setOutcome({
        kind: 'done',
        text: t('tab.people.invite.done', {
          upn: parsed.value.upn,
          roles: roleList(parsed.value.roles, locale),
        }),
      });
      setUpn('');
      setChosen([]);
      setReason('');
      onInvited();
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  const roleProblem = problems.find((p) => p.field === 'grant');
  return (
    <Panel id="invite-heading" heading={t('tab.people.invite.heading')}>
      <p>{t('tab.people.invite.hint')}</p>
      <form className={styles.form} onSubmit={(e) => void send(e)} noValidate>
        <Field label={t('field.upn')} required {...fieldProblems(problems, 'upn', locale)}>
          <Input type="email" value={upn} onChange={(_, data) => setUpn(data.value)} />
        </Field>
        <RoleChoice
          chosen={chosen}
          onChange={setChosen}
          legend="field.grantRoles"
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
            {t('tab.people.invite.send')}
          </Button>
        </div>
      </form>
      <AdminFeedback outcome={outcome} />
    </Panel>
  );
}
