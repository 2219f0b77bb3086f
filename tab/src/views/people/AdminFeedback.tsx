import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ApiError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale } from '../../i18n';

/** What came of an administrative request: done, or why not (the server's message, both languages). */
export type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: unknown } | null;

export function AdminFeedback({ outcome, extra }: { outcome: Outcome; extra?: string }) {
  const locale = useLocale();
  const problems =
    outcome?.kind === 'failed' && outcome.error instanceof ApiError
      ? (outcome.error.body.problems ?? [])
      : [];
  return (
    <>
      <div aria-live="polite">
        {outcome?.kind === 'done' ? (
          <MessageBar intent="success">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? (
        problems.length ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{problems.map((p) => p.message[locale]).join(' ')}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <ErrorBar error={outcome.error} />
            {extra ? <p>{extra}</p> : null}
          </>
        )
      ) : null}
    </>
  );
}
