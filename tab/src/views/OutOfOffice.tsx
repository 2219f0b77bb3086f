import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { parseDelegation, type Delegation, type Principal } from '../../../domain/delegation';
import { formatCalendarDate } from '../../../domain/locale';
import type { Problem } from '../../../domain/problems';
import { ApiError, type Api } from '../api';
import { fieldProblems } from '../components/IntentFeedback';
import { Panel } from '../components/Panel';
import { useLocale, useT } from '../i18n';
import { AdminFeedback, type Outcome } from './people/AdminFeedback';
import { useFormStyles } from './people/formStyles';
import { roleList } from './people/roleList';

type Candidate = { id: string; name: string; roles: string[] };

/**
 * A cardholder or procurement officer names who covers for them while away (POST and DELETE
 * /api/me/delegation), and sees whom they decide for today. The same rules as the server's
 * (`parseDelegation`) are checked before sending; the server decides on what it has stored.
 */
export function OutOfOffice({
  api,
  delegation: stored,
  deputyFor,
  roles,
}: {
  api: Api;
  delegation: Delegation | null;
  deputyFor: readonly Principal[];
  roles: readonly string[];
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useFormStyles();
  const [delegation, setDelegation] = useState(stored);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [delegateId, setDelegateId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    api.send('GET /api/me/delegates').then(
      ({ data }) => live && setCandidates(data.delegates),
      () => live && setCandidates([]),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const day = (date: string) => formatCalendarDate(date, locale);
  const name = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const body = { delegateId, from, to, reason };
    const parsed = parseDelegation(body, new Date());
    setProblems(parsed.ok ? [] : parsed.error);
    if (!parsed.ok) return;
    setBusy(true);
    try {
      const { data } = await api.send('POST /api/me/delegation', { body });
      setDelegation(data.delegation);
      setOutcome({
        kind: 'done',
        text: t('tab.delegation.saved', {
          name: data.delegation.delegateName,
          from: day(data.delegation.from),
          to: day(data.delegation.to),
        }),
      });
    } catch (error) {
      if (error instanceof ApiError && error.body.problems)
        setProblems(error.body.problems as Problem[]);
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };
  const end = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await api.send('DELETE /api/me/delegation');
      setDelegation(null);
      setOutcome({ kind: 'done', text: t('tab.delegation.ended') });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="out-of-office-heading" heading={t('tab.delegation.heading')}>
      {deputyFor.length ? (
        <p>{t('tab.delegation.deputyFor', { names: deputyFor.map((p) => p.name).join(', ') })}</p>
      ) : null}
      <p>{t('tab.delegation.intro')}</p>
      {roles.includes('procurement') ? <p>{t('tab.delegation.procurementNote')}</p> : null}
      {delegation ? (
        <div className={styles.actions}>
          <p>
            {t('tab.delegation.current', {
              name: delegation.delegateName,
              from: day(delegation.from),
              to: day(delegation.to),
              roles: roleList(delegation.roles, locale),
            })}{' '}
            {t('tab.delegation.replace')}
          </p>
          <Button disabled={busy} onClick={() => void end()}>
            {t('tab.delegation.end')}
          </Button>
        </div>
      ) : null}
      {candidates !== null && !candidates.length ? <p>{t('tab.delegation.nobody')}</p> : null}
      <form className={styles.form} onSubmit={(e) => void name(e)} noValidate>
        <Field
          label={t('tab.delegation.delegate')}
          required
          {...fieldProblems(problems, 'delegateId', locale)}
        >
          <Select value={delegateId} onChange={(_, d) => setDelegateId(d.value)}>
            <option value="">{t('tab.delegation.choose')}</option>
            {(candidates ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('tab.delegation.from')}
          required
          {...fieldProblems(problems, 'from', locale)}
        >
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label={t('tab.delegation.to')} required {...fieldProblems(problems, 'to', locale)}>
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <Field
          label={t('tab.delegation.reason')}
          required
          {...fieldProblems(problems, 'reason', locale)}
        >
          <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
        </Field>
        <AdminFeedback outcome={problems.length ? null : outcome} />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {t('tab.delegation.submit')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
