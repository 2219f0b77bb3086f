import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type FieldProps,
} from '@fluentui/react-components';
import type { Locale } from '../../../domain/locale';
import { describeProblem } from '../../../domain/messages';
import type { Problem } from '../../../domain/problems';
import { ApiError } from '../api';
import { useLocale, useT } from '../i18n';
import { ErrorBar } from './ErrorBar';

/** A Field's error state and message for the problems that name exactly this field. */
export function fieldProblems(
  problems: readonly Problem[],
  field: string,
  locale: Locale,
): Pick<FieldProps, 'validationState' | 'validationMessage'> {
  const found = problems.filter((p) => p.field === field);
  return found.length
    ? {
        validationState: 'error',
        validationMessage: found.map((p) => describeProblem(p, locale)).join(' '),
      }
    : { validationState: 'none' };
}

/**
 * The summary under a form, as the draft editor shows it: how many problems (each is also beside
 * its field; those with no field of their own are listed here), a stale version with a way to
 * load the current one, or any other error.
 */
export function IntentFeedback({
  problems,
  error,
  fields,
  onReload,
}: {
  problems: readonly Problem[];
  error: unknown;
  /** The fields this form shows problems beside. */
  fields: readonly string[];
  onReload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const elsewhere = problems.filter((p) => !fields.includes(p.field));
  const stale = error instanceof ApiError && error.status === 412;
  const explained = error instanceof ApiError && problems.length > 0;
  return (
    <>
      <div aria-live="polite">
        {problems.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('tab.form.problems', { count: problems.length })}
              {elsewhere.map((p) => (
                <span key={`${p.field} ${p.code}`}> {describeProblem(p, locale)}</span>
              ))}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {stale ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('tab.form.stale')} {error.body.message?.[locale]}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReload}>{t('tab.form.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : error && !explained ? (
        <ErrorBar error={error} />
      ) : null}
    </>
  );
}
