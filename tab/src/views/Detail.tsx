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
import { useEffect, useState } from 'react';
import { explanationProblems } from '../../../domain/decide';
import type { IntentKind } from '../../../domain/intents';
import type { IntentRequest } from '../../../contract/routes';
import type { Problem } from '../../../domain/problems';
import { formatCents } from '../../../domain/money';
import { abandons, intentsOn } from '../../../domain/transitions';
import type { NoticeSending } from '../../../contract/routes';
import type { OpportunityView, RecordExtras, TimelineEntry } from '../../../contract/views';
import { ApiError, type Api } from '../api';
import type { Route } from '../App';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBar } from '../components/ErrorBar';
import { fieldProblems } from '../components/IntentFeedback';
import { Timeline } from '../components/Timeline';
import { useLocale, useT } from '../i18n';
import { AcceptanceForm } from './afterPosting/AcceptanceForm';
import { AwardPanel } from './afterPosting/AwardPanel';
import { AddendumForm } from './afterPosting/AddendumForm';
import { ExtendClosingForm } from './afterPosting/ExtendClosingForm';
import { CancelForm } from './afterPosting/CancelForm';
import { DeliveryForm } from './afterPosting/DeliveryForm';
import { EvaluationPanel } from './afterPosting/EvaluationPanel';
import { FundCentreHistory } from './afterPosting/FundCentreHistory';
import { NoticesPanel } from './afterPosting/NoticesPanel';
import { PaymentForm } from './afterPosting/PaymentForm';
import { QuestionsPanel } from './afterPosting/QuestionsPanel';
import { RecordFacts } from './afterPosting/RecordFacts';
import type { StepProps } from './afterPosting/step';
import { DecisionFacts } from './decision/DecisionFacts';
import { ChangeCardholderForm } from './decision/ChangeCardholderForm';
import { PublicPreview } from './decision/PublicPreview';

type Detailed = OpportunityView & RecordExtras & { timeline: TimelineEntry[] };

/**
 * The comment panel: the decisions with a comment, and cancelling, which needs only its reason;
 * the steps after closing have forms of their own.
 */
const decisions: IntentKind[] = [...intentsOn('decision'), 'cancel'];
const positive = new Set<IntentKind>(['approveFunds', 'approvePosting']);

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' },
  panel: {
    marginTop: '16px',
    padding: '16px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', gap: '8px', marginTop: '12px', flexWrap: 'wrap' },
});

export function Detail({
  api,
  id,
  submitted = false,
  noticeSending,
  onNavigate,
}: {
  api: Api;
  id: string;
  /** This person has just submitted it: the first thing they read is who has it now. */
  submitted?: boolean;
  /** How this server sends notices to suppliers (`GET /api/me`): `off` means queued, not sent. */
  noticeSending: NoticeSending;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [view, setView] = useState<Detailed | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  /** The comment's problems, shown beside it (the one field is the comment or the reason). */
  const [commentProblems, setCommentProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState<IntentKind | null>(null);

  // One key per visit: pressing Copy twice makes one draft.
  const [copyKey] = useState(() => crypto.randomUUID());
  const [loads, setLoads] = useState(0);
  const load = () => setLoads((n) => n + 1);
  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id', { params: { id } }).then(
      ({ data }) => live && setView(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, loads]);

  /** A step's intent went through: show its answer now, then read the timeline again. */
  const changed = (next: OpportunityView, kind: IntentKind) => {
    setError(null);
    setView((current) => (current ? { ...current, ...next } : current));
    setDone(
      kind === 'evaluate'
        ? null
        : t('tab.detail.done', {
            intent: t(`intent.${kind}`),
            state: t(`state.${next.record.state}`),
          }),
    );
    load();
  };

  // The decision surface's intents (the transition table's) all take a comment; cancel, a reason.
  const bodyOf = (kind: IntentKind) =>
    (kind === 'cancel'
      ? { kind, reason: comment.trim() }
      : { kind, comment: comment.trim() }) as Exclude<IntentRequest, { kind: 'evaluate' }>;
  const asComment = (problems: readonly Problem[]) =>
    problems
      .filter((p) => p.field === 'comment' || p.field === 'reason')
      .map((p) => ({ ...p, field: 'comment' }));

  /** Say why first, beside the comment; then confirm what cannot be undone; then send. */
  const choose = (kind: IntentKind) => {
    setDone(null);
    const problems = asComment(explanationProblems(bodyOf(kind)));
    setCommentProblems(problems);
    if (problems.length) return;
    if (abandons(kind)) setConfirming(kind);
    else void decide(kind);
  };

  const decide = async (kind: IntentKind) => {
    if (!view) return;
    setBusy(true);
    setError(null);
    setDone(null);
    const body = bodyOf(kind);
    try {
      const { data } = await api.send('POST /api/opportunities/:id/intents', {
        params: { id },
        body,
        ifMatch: view.record.version,
        idempotencyKey: crypto.randomUUID(),
      });
      setDone(
        t('tab.detail.done', {
          intent: t(`intent.${kind}`),
          state: t(`state.${data.record.state}`),
        }),
      );
      setComment('');
      load();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.body.problems)
        setCommentProblems(asComment(e.body.problems as unknown as Problem[]));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await api.send('POST /api/opportunities/:id/copy', {
        params: { id },
        idempotencyKey: copyKey,
      });
      onNavigate({ name: 'draft', id: data.record.id });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!view)
    return error ? <ErrorBar error={error} onRetry={load} /> : <Spinner label={t('tab.loading')} />;
  const { record } = view;
  const title =
    (locale === 'fr'
      ? record.fields.titleFr || record.fields.titleEn
      : record.fields.titleEn || record.fields.titleFr) || t('tab.list.untitled');
  const summary = locale === 'fr' ? record.fields.summaryFr : record.fields.summaryEn;
  const can = (kind: IntentKind) => view.actions.includes(kind);
  // The author's steps after closing each come with their own cancel form.
  const ownCancel = can('evaluate') || can('recordDelivery') || can('accept');
  const offered = decisions.filter((kind) => can(kind) && !(kind === 'cancel' && ownCancel));
  // Cancelling alone is not a decision: the author gets the cancel form, never an approver's panel.
  const decides = offered.some((kind) => kind !== 'cancel');
  const cancelOnly = !decides && offered.includes('cancel');
  const waiting =
    record.state === 'awaitingFunds' && view.waitingForName
      ? t(submitted ? 'draft.waitingFor' : 'draft.waitsFor', { name: view.waitingForName })
      : record.state === 'awaitingProcurement'
        ? t('draft.waitingForProcurement')
        : null;
  // The cardholder (s.32) and the procurement officer see all they certify before deciding.
  const deciding =
    decides && (record.state === 'awaitingFunds' || record.state === 'awaitingProcurement');
  const step: StepProps = { api, view, onChanged: changed, onReload: load };

  return (
    <article aria-labelledby="detail-heading">
      <h2 id="detail-heading">{t('tab.detail.heading', { id: record.id, title })}</h2>
      <p>{t('tab.detail.state', { state: t(`state.${record.state}`) })}</p>
      {view.totalCents !== null ? (
        <p>{t('tab.detail.value', { value: formatCents(view.totalCents, locale) })}</p>
      ) : null}
      <p>{t('tab.detail.author', { name: record.authorName })}</p>
      <RecordFacts view={view} />
      {view.blocked ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {t('blocked.cardholderLostRole', { name: view.blocked.cardholderName })}
          </MessageBarBody>
        </MessageBar>
      ) : waiting ? (
        <MessageBar intent={submitted ? 'success' : 'info'} role="status">
          <MessageBarBody>{waiting}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view.publicPages ? (
        <p>
          <Link href={view.publicPages.en} target="_blank" lang="en-CA">
            {t('draft.publicPageEn')}
          </Link>{' '}
          ·{' '}
          <Link href={view.publicPages.fr} target="_blank" lang="fr-CA">
            {t('draft.publicPageFr')}
          </Link>
        </p>
      ) : null}
      {summary ? (
        <>
          <h3>{t('tab.detail.summary')}</h3>
          <p>{summary}</p>
        </>
      ) : null}
      {record.state === 'draft' && record.returnComment ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('tab.draft.returned', { name: record.updatedByName, comment: record.returnComment })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view.actions.includes('editDraft') ? (
        <Button appearance="primary" onClick={() => onNavigate({ name: 'draft', id: record.id })}>
          {t('tab.detail.edit')}
        </Button>
      ) : null}
      {view.mayCopy ? (
        <Button disabled={busy} onClick={() => void copy()}>
          {t('draft.copy')}
        </Button>
      ) : null}
      {done ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? <ErrorBar error={error} /> : null}
      {deciding ? <DecisionFacts view={view} timeline={view.timeline} /> : null}
      {deciding ? <PublicPreview api={api} id={record.id} version={record.version} /> : null}
      {(deciding || record.state === 'awaitingProcurement') && view.sees.fundCentreHistory ? (
        <FundCentreHistory
          api={api}
          id={record.id}
          version={record.version}
          onNavigate={onNavigate}
        />
      ) : null}
      {view.sees.questions && record.postedAt ? <QuestionsPanel {...step} /> : null}
      {can('amend') ? <AddendumForm {...step} /> : null}
      {can('extendClosing') ? <ExtendClosingForm {...step} /> : null}
      {can('evaluate') ? <EvaluationPanel {...step} /> : null}
      {view.sees.award ? <AwardPanel {...step} onNavigate={onNavigate} /> : null}
      {view.sees.notices && record.postedAt ? (
        <NoticesPanel {...step} sending={noticeSending} />
      ) : null}
      {can('recordDelivery') ? <DeliveryForm {...step} /> : null}
      {can('accept') ? <AcceptanceForm {...step} /> : null}
      {can('recordDelivery') || can('accept') ? (
        <CancelForm {...step} intro="tab.cancel.nonDelivery" />
      ) : null}
      {can('recordPayment') ? <PaymentForm {...step} /> : null}
      {can('changeCardholder') ? <ChangeCardholderForm {...step} /> : null}
      {cancelOnly ? <CancelForm {...step} intro="tab.cancel.intro" /> : null}
      {decides ? (
        <section className={styles.panel} aria-labelledby="decide-heading">
          <h3 id="decide-heading">{t('tab.detail.decide')}</h3>
          <Field
            label={t('tab.detail.comment')}
            hint={t('tab.detail.commentHint')}
            {...fieldProblems(commentProblems, 'comment', locale)}
          >
            <Textarea
              value={comment}
              onChange={(_, data) => setComment(data.value)}
              resize="vertical"
            />
          </Field>
          <div className={styles.buttons}>
            {offered.map((kind) => (
              <Button
                key={kind}
                appearance={positive.has(kind) ? 'primary' : 'secondary'}
                disabled={busy}
                onClick={() => choose(kind)}
              >
                {t(`intent.${kind}`).replace(/^./, (c) => c.toLocaleUpperCase(locale))}
              </Button>
            ))}
          </div>
        </section>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t(`tab.confirm.${confirming === 'reject' ? 'reject' : 'cancel'}.title`, {
            id: record.id,
          })}
          body={t(`tab.confirm.${confirming === 'reject' ? 'reject' : 'cancel'}.body`)}
          confirm={t(`tab.confirm.${confirming === 'reject' ? 'reject' : 'cancel'}.go`)}
          onBack={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            void decide(confirming);
          }}
        />
      ) : null}
      <h3>{t('tab.detail.timeline')}</h3>
      <Timeline entries={view.timeline} />
    </article>
  );
}
