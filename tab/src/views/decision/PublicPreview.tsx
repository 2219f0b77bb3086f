import { Field, makeStyles, Radio, RadioGroup, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Locale } from '../../../../domain/locale';
import { ApiError, type Api } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useLocale, useT } from '../../i18n';

const useStyles = makeStyles({
  disclosure: {
    marginTop: '16px',
    padding: '12px 16px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  frame: {
    display: 'block',
    width: '100%',
    height: '480px',
    marginTop: '12px',
    boxSizing: 'border-box',
    // The page is the public site's, light whatever the tab's theme: it shows as suppliers see it.
    backgroundColor: '#ffffff',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

/**
 * What the public page will show, in each language, beside the decision: the page as the site
 * renders it (`GET /api/opportunities/{id}/preview`), in a frame that runs nothing (`sandbox=""`:
 * no script, no form, no navigation). Collapsed until asked for, so the view stays short; the
 * page is fetched when first opened and again when the record changes.
 */
export function PublicPreview({ api, id, version }: { api: Api; id: string; version: number }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState<Locale>(locale);
  const [pages, setPages] = useState<Partial<Record<Locale, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => setPages({}), [id, version]);
  const page = pages[lang];
  useEffect(() => {
    if (!open || page !== undefined) return;
    let current = true;
    setError(null);
    api
      .sendText('GET /api/opportunities/:id/preview', {
        params: { id },
        query: new URLSearchParams({ lang }),
      })
      .then(
        (html) => current && setPages((known) => ({ ...known, [lang]: html })),
        (e: unknown) =>
          current && setError(e instanceof ApiError ? e : new ApiError(0, { error: 'network' })),
      );
    return () => {
      current = false;
    };
  }, [api, id, lang, open, page, attempt]);

  const language = t(`tab.preview.${lang}`);
  return (
    <details
      className={styles.disclosure}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className={styles.summary}>{t('tab.preview.heading')}</summary>
      <p>{t('tab.preview.intro')}</p>
      <Field label={t('tab.preview.languages')}>
        <RadioGroup
          layout="horizontal"
          value={lang}
          onChange={(_, data) => setLang(data.value as Locale)}
        >
          <Radio value="en" label={t('tab.preview.en')} />
          <Radio value="fr" label={t('tab.preview.fr')} />
        </RadioGroup>
      </Field>
      {error ? (
        <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : page === undefined ? (
        open ? (
          <Spinner label={t('tab.preview.loading')} />
        ) : null
      ) : (
        <iframe
          // A new frame per language: the page is replaced, not navigated.
          key={lang}
          className={styles.frame}
          sandbox=""
          srcDoc={page}
          title={t('tab.preview.frameTitle', { language })}
        />
      )}
    </details>
  );
}
