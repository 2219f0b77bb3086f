import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MessageKey } from '../../../../domain/messages';
import {
  questionStatusText,
  readQuestionReply,
  type QuestionReplyInput,
  type QuestionReplyKind,
  type QuestionReplyTyped,
} from '../../../../domain/questionReply';
import { questionReplyTexts, type QuestionToAnswer } from '../../../../domain/questionStatus';
import type { QuestionsView } from '../../../../contract/views';
import { ErrorBar } from '../../components/ErrorBar';
import { IntentFeedback, fieldProblems } from '../../components/IntentFeedback';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { useIntent } from '../../useIntent';
import type { StepProps } from './step';

const useStyles = makeStyles({
  question: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  asked: {
    margin: 0,
    padding: '8px 12px',
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-wrap',
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  heading: { margin: 0 },
});

/** Labels of the reply's inputs, as the card and the server's problems name them. */
const labels: Record<QuestionReplyInput, MessageKey> = {
  questionEn: 'field.questionEn',
  questionFr: 'field.questionFr',
  answerEn: 'field.answerEn',
  answerFr: 'field.answerFr',
  reason: 'question.declineReason',
};
const langOf = (input: QuestionReplyInput) =>
  input.endsWith('Fr') ? 'fr' : input.endsWith('En') ? 'en' : undefined;

/**
 * Suppliers' questions on the opportunity's detail: the author answers each one for everyone (the
 * public question and answer, both languages) or declines it with a reason; procurement officers
 * read them. Shown to those `sees.questions` names, once the opportunity has been posted.
 */
export function QuestionsPanel(props: StepProps) {
  const { api, view } = props;
  const t = useT();
  const [questions, setQuestions] = useState<QuestionsView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const { id, version } = view.record;

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id/questions', { params: { id } }).then(
      ({ data }) => live && setQuestions(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, version, attempt]);

  const answers = view.actions.includes('answerQuestion');
  return (
    <Panel id="questions-heading" heading={t('tab.questions.heading')}>
      {!questions ? (
        error ? (
          <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <Spinner label={t('tab.loading')} />
        )
      ) : (
        <>
          <p>{t(answers ? 'tab.questions.introAuthor' : 'tab.questions.introReader')}</p>
          {questions.questions.length === 0 ? <p>{t('tab.questions.none')}</p> : null}
          {questions.questions.map((question, index) => (
            <QuestionItem
              key={question.number}
              {...props}
              question={question}
              n={index + 1}
              count={questions.questions.length}
              answers={answers}
            />
          ))}
        </>
      )}
    </Panel>
  );
}

function QuestionItem({
  api,
  view,
  onChanged,
  onReload,
  question,
  n,
  count,
  answers,
}: StepProps & { question: QuestionToAnswer; n: number; count: number; answers: boolean }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [typed, setTyped] = useState<QuestionReplyTyped>({});
  const intent = useIntent(api, view.record.id, view.record.version, onChanged);
  const headingId = `question-${question.number}`;
  const reply = (kind: QuestionReplyKind) => {
    // The same reading as the server's, every problem at once, before anything is sent.
    const read = readQuestionReply(kind, question.number, typed);
    if (!read.ok) return intent.showProblems(read.error);
    void intent.send(read.value);
  };
  const input = (id: QuestionReplyInput) => (
    <Field key={id} label={t(labels[id])} required {...fieldProblems(intent.problems, id, locale)}>
      <Textarea
        lang={langOf(id)}
        value={typed[id] ?? ''}
        onChange={(_, d) => setTyped((current) => ({ ...current, [id]: d.value }))}
        resize="vertical"
      />
    </Field>
  );
  const waiting = question.status === 'waiting' && answers && view.record.state === 'posted';
  return (
    <section className={styles.question} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        {t('tab.questions.item', { n, count })}
      </h4>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('question.asked')}</dt>
        <dd className={styles.value}>
          <time dateTime={question.askedAt}>{formatDate(question.askedAt, locale)}</time>
        </dd>
        <dt className={styles.term}>{t('question.askedIn')}</dt>
        <dd className={styles.value}>{t(`question.language.${question.language}`)}</dd>
        <dt className={styles.term}>{t('bot.fact.state')}</dt>
        <dd className={styles.value}>{questionStatusText(question, view.record.state, locale)}</dd>
      </dl>
      {question.overdue ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('question.overdue')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <p className={styles.term}>{t('question.asWritten')}</p>
      <blockquote className={styles.asked} lang={question.language}>
        {question.question}
      </blockquote>
      {question.answer ? (
        <>
          <p className={styles.term}>{t('tab.questions.published')}</p>
          <dl className={styles.facts}>
            {questionReplyTexts.answerQuestion.map((id) => (
              <div key={id} style={{ display: 'contents' }}>
                <dt className={styles.term}>{t(labels[id])}</dt>
                <dd className={styles.value} lang={langOf(id)}>
                  {question.answer![id]}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {question.declineReason !== null ? (
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('question.declineReason')}</dt>
          <dd className={styles.value}>{question.declineReason}</dd>
        </dl>
      ) : null}
      {waiting ? (
        <>
          <p>{t('question.publicIntro')}</p>
          {questionReplyTexts.answerQuestion.map(input)}
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={intent.busy}
              onClick={() => reply('answerQuestion')}
            >
              {t('tab.questions.answerSubmit', { n })}
            </Button>
          </div>
          <p>{t('question.declineIntro')}</p>
          {input('reason')}
          <div className={styles.buttons}>
            <Button disabled={intent.busy} onClick={() => reply('declineQuestion')}>
              {t('tab.questions.declineSubmit', { n })}
            </Button>
          </div>
          <IntentFeedback
            problems={intent.problems}
            error={intent.error}
            fields={[...questionReplyTexts.answerQuestion, 'reason']}
            onReload={onReload}
          />
        </>
      ) : null}
    </section>
  );
}
