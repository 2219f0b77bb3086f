import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Locale } from '../../../../domain/locale';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  text: { width: '100%' },
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

/** One notice in one language: readable, selectable, and copied with one button. */
export function NoticeText({
  id,
  label,
  language,
  text,
}: {
  id: string;
  label: string;
  language: Locale;
  text: string;
}) {
  const t = useT();
  const styles = useStyles();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const languageName = t(`tab.language.${language}`);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      // No clipboard (permissions, an old host): select the text so Ctrl+C works.
      area.current?.focus();
      area.current?.select();
      setCopied('failed');
    }
  };
  return (
    <div>
      <Field label={t('tab.notice.text', { notice: label, language: languageName })}>
        <Textarea
          id={id}
          ref={area}
          className={styles.text}
          value={text}
          readOnly
          rows={10}
          resize="vertical"
          lang={language === 'fr' ? 'fr-CA' : 'en-CA'}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void copy()}>{t('tab.copy', { language: languageName })}</Button>
        <span aria-live="polite">
          {copied === 'yes' ? t('tab.copied') : copied === 'failed' ? t('tab.copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
