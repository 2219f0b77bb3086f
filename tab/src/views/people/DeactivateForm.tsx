import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { parseDeactivation } from '../../../../domain/peopleAdmin';
import type { Problem } from '../../../../domain/problems';
import type { PersonDetail } from '../../../../contract/views';
import { ApiError, type Api } from '../../api';
import { fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { AdminFeedback, type Outcome } from './AdminFeedback';
import { useFormStyles } from './formStyles';
import { roleList } from './roleList';

/** POST /api/people/{id}/deactivate, after the admin confirms what goes with it. */
export function DeactivateForm({
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
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = parseDeactivation({ reason });
    setProblems(parsed.ok ? [] : parsed.error);
    setConfirming(parsed.ok);
  };

  const deactivate = async () => {
    setBusy(true);
    try {
      const { data } = await api.send('POST /api/people/:id/deactivate', {
        params: { id: person.id },
        body: { reason },
        ifMatch: person.version,
      });
      onChanged(data);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
      setConfirming(false);
      // Someone changed them first: show what is stored now before the admin decides again.
      if (error instanceof ApiError && error.status === 412 && error.body.current)
        onChanged(error.body.current as PersonDetail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="deactivate-heading" heading={t('tab.people.deactivate.heading')}>
      <p>{t('tab.people.deactivate.hint')}</p>
      <form className={styles.form} onSubmit={ask} noValidate>
        <Field
          label={t('field.adminReason')}
          hint={t('tab.people.reasonHint')}
          required
          {...fieldProblems(problems, 'reason', locale)}
        >
          <Textarea
            value={reason}
            onChange={(_, data) => {
              setReason(data.value);
              setConfirming(false);
            }}
          />
        </Field>
        <div className={styles.actions}>
          <Button type="submit">{t('tab.people.deactivate.start')}</Button>
        </div>
      </form>
      {confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('tab.people.deactivate.confirm', {
              name: person.name,
              roles: roleList(person.roles, locale),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              ref={confirmButton}
              appearance="primary"
              disabled={busy}
              onClick={() => void deactivate()}
            >
              {t('tab.people.deactivate.yes', { name: person.name })}
            </Button>
            <Button onClick={() => setConfirming(false)}>
              {t('tab.people.deactivate.cancel', { name: person.name })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <AdminFeedback outcome={outcome} />
    </Panel>
  );
}
