import { makeStyles } from '@fluentui/react-components';
import type { Locale } from '../../../../domain/locale';
import type { OpportunityFields } from '../../../../domain/opportunity';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0 0 8px' },
  label: { fontWeight: 600, margin: '8px 0 2px' },
});

/** One language's full public text, marked with its language for screen readers. */
export function LanguageText({
  fields,
  language,
}: {
  fields: OpportunityFields;
  language: Locale;
}) {
  const t = useT();
  const styles = useStyles();
  const fr = language === 'fr';
  const none = t('tab.certify.none');
  const pick = (item: { en: string; fr: string }) => (fr ? item.fr : item.en) || none;
  const id = `certify-text-${language}`;
  const paragraph = (label: string, value: string) => (
    <>
      <p className={styles.label}>{label}</p>
      <p className={styles.text} lang={fr ? 'fr-CA' : 'en-CA'}>
        {value || none}
      </p>
    </>
  );
  const list = (label: string, items: string[]) => (
    <>
      <p className={styles.label}>{label}</p>
      {items.length ? (
        <ul lang={fr ? 'fr-CA' : 'en-CA'}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.text}>{none}</p>
      )}
    </>
  );
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{t(fr ? 'tab.certify.french' : 'tab.certify.english')}</h4>
      {paragraph(t(fr ? 'field.titleFr' : 'field.titleEn'), fr ? fields.titleFr : fields.titleEn)}
      {paragraph(
        t(fr ? 'field.summaryFr' : 'field.summaryEn'),
        fr ? fields.summaryFr : fields.summaryEn,
      )}
      {paragraph(
        t(fr ? 'field.backgroundFr' : 'field.backgroundEn'),
        fr ? fields.backgroundFr : fields.backgroundEn,
      )}
      {paragraph(t(fr ? 'field.workFr' : 'field.workEn'), fr ? fields.workFr : fields.workEn)}
      {list(t('field.skills'), fields.skills.map(pick))}
      {list(
        t('field.acceptanceCriteria'),
        fields.acceptanceCriteria.map((c) => `${pick(c)} (${t(`tab.acceptance.${c.kind}`)})`),
      )}
      {list(t('field.evaluationCriteria'), fields.evaluationCriteria.map(pick))}
    </section>
  );
}
