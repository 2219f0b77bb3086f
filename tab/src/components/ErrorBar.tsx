import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { ApiError } from '../api';
import { useLocale, useT } from '../i18n';

/** What went wrong, in the person's language, from the server's bilingual message when there is one. */
export function errorText(error: unknown, locale: 'en' | 'fr', fallback: string): string {
  if (error instanceof ApiError && error.body.message) return error.body.message[locale];
  return fallback;
}

export function ErrorBar({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errorText(error, locale, t('tab.error.network'))}</MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('tab.retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
