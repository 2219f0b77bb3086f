import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { mailtoHref } from '../../../../domain/email';
import { formatCents } from '../../../../domain/money';
import type { AwardView } from '../../../../contract/views';
import type { Route } from '../../App';
import { ErrorBar } from '../../components/ErrorBar';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  subheading: { margin: '8px 0 0' },
  release: { display: 'flex', flexDirection: 'column', gap: '8px' },
  outcome: { fontSize: tokens.fontSizeBase400, margin: '0 0 8px' },
  disclosure: { marginTop: '12px' },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
});

/**
 * The award: for the author and the cardholder, first the outcome in a sentence and who won
 * (name, business, e-mail), and where to see the results e-mailed to every applicant
 * (`NoticesPanel`); while held, why, and for a procurement officer the release. How anyone can
 * check the draw (commitment, secret, seed) is behind a disclosure, explained in plain words
 * first: it is evidence for those who ask, not what the author decides from.
 */
export function AwardPanel(props: StepProps & { onNavigate: (route: Route) => void }) {
  const { api, view, onChanged, onReload, onNavigate } = props;
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const { record } = view;
  const [award, setAward] = useState<AwardView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [reason, setReason] = useState('');
  const release = useIntent(api, record.id, record.version, onChanged);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id/award', { params: { id: record.id } }).then(
      ({ data }) => live && setAward(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, record.id, record.version, attempt]);

  if (!award)
    return error ? (
      <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
    ) : (
      <Spinner label={t('tab.loading')} />
    );
  const mayRelease = view.actions.includes('releaseAward');
  const fact = (label: string, value: ReactNode, code = false) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={code ? `${styles.value} ${styles.code}` : styles.value}>{value}</dd>
    </>
  );
  const splitting = award.splitting;
  return (
    <Panel id="award-heading" heading={t('tab.award.heading')}>
      {award.held ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('tab.award.held')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={styles.outcome} data-testid="award-outcome">
        {award.winner
          ? t(award.draw.candidates.length === 1 ? 'tab.award.outcomeOnly' : 'tab.award.outcome', {
              name: award.winner.name,
              count: award.draw.candidates.length,
            })
          : t('tab.award.outcomeHeld', { count: award.draw.candidates.length })}
      </p>
      {award.winner ? (
        <>
          <h4 className={styles.subheading}>{t('tab.award.winner')}</h4>
          <dl className={styles.facts}>
            {fact(t('tab.award.name'), award.winner.name)}
            {fact(t('tab.award.businessName'), award.winner.businessName || t('tab.award.none'))}
            {fact(
              t('tab.award.email'),
              <Link href={mailtoHref(award.winner.email)}>{award.winner.email}</Link>,
            )}
            {fact(t('tab.award.confirmation'), award.winner.confirmation, true)}
          </dl>
        </>
      ) : null}
      {award.releaseReason ? (
        <p>{t('tab.award.released', { reason: award.releaseReason })}</p>
      ) : null}
      {splitting ? (
        <>
          <h4 className={styles.subheading}>{t('tab.split.heading')}</h4>
          <p>
            {t('tab.split.explain', {
              fundCentre: splitting.fundCentre,
              prior: formatCents(splitting.priorCents, locale),
              this: formatCents(splitting.thisCents, locale),
              together: formatCents(splitting.priorCents + splitting.thisCents, locale),
              cap: formatCents(splitting.capCents, locale),
            })}
          </p>
          <p>{t('tab.split.earlier')}</p>
          <ul>
            {splitting.earlier.map((o) => (
              <li key={o.id}>
                <Link onClick={() => onNavigate({ name: 'detail', id: o.id })}>{o.id}</Link>{' '}
                {(locale === 'fr' ? o.titleFr : o.titleEn) || ''}
                {o.totalCents !== null ? ` (${formatCents(o.totalCents, locale)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {mayRelease ? (
        <section aria-labelledby="release-heading" className={styles.release}>
          <h4 id="release-heading" className={styles.subheading}>
            {t('tab.release.heading')}
          </h4>
          <p>{t('tab.release.intro')}</p>
          <Field
            label={t('tab.release.reason')}
            required
            {...fieldProblems(release.problems, 'reason', locale)}
          >
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
          <IntentFeedback
            problems={release.problems}
            error={release.error}
            fields={['reason']}
            onReload={onReload}
          />
          <div>
            <Button
              appearance="primary"
              disabled={release.busy}
              onClick={() => void release.send({ kind: 'releaseAward', reason: reason.trim() })}
            >
              {t('tab.release.submit')}
            </Button>
          </div>
        </section>
      ) : null}
      {award.winner ? <p>{t('tab.award.noticesSent')}</p> : null}
      <details className={styles.disclosure} data-testid="draw-details">
        <summary className={styles.summary}>{t('tab.award.drawHeading')}</summary>
        <p>{t('tab.award.drawPlain')}</p>
        <p>{t('tab.award.drawExplain')}</p>
        <dl className={styles.facts}>
          {fact(t('tab.award.commitment'), award.draw.commitment ?? '', true)}
          {fact(t('tab.award.secret'), award.draw.secret, true)}
          {fact(t('tab.award.seed'), award.draw.seed, true)}
          {fact(
            t('tab.award.candidates', { count: award.draw.candidates.length }),
            award.draw.candidates.join(' '),
            true,
          )}
          {fact(t('tab.award.drawn'), award.draw.winner, true)}
        </dl>
      </details>
    </Panel>
  );
}
