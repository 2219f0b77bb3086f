import { Link, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Locale } from '../../../../domain/locale';
import { formatCents } from '../../../../domain/money';
import type { OpportunityView, TimelineEntry } from '../../../../contract/views';
import { Panel } from '../../components/Panel';
import { formatCalendarDay, formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { LanguageText } from './LanguageText';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) minmax(0, 1fr)',
    gap: '4px 16px',
    margin: 0,
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  subheading: { margin: '8px 0 4px' },
});

/**
 * What the cardholder (section 32) and the procurement officer certify, beside their decision:
 * the value with its tax, the fund centre, the dates and terms, both languages' full text and
 * what was said before. Everything comes from the record the API gave this person.
 */
export function DecisionFacts({
  view,
  timeline,
}: {
  view: OpportunityView;
  timeline: readonly TimelineEntry[];
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const f = view.record.fields;
  const money = (cents: number) => formatCents(cents, locale);
  const none = t('tab.certify.none');
  const day = (date: string | null) => (date ? formatCalendarDay(date, locale) : none);
  const comments = timeline.flatMap((entry) =>
    entry.type === 'event' && entry.comment ? [entry] : [],
  );
  const facts = (id: string, rows: Array<[string, ReactNode]>) => (
    <dl className={styles.facts} aria-labelledby={id}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
  const b = view.breakdown;
  return (
    <Panel id="certify-heading" heading={t('tab.certify.heading')}>
      <p>{t('tab.certify.intro')}</p>
      <h4 id="certify-value" className={styles.subheading}>
        {t('tab.certify.value')}
      </h4>
      {facts('certify-value', [
        [t('tab.certify.preTax'), b ? money(b.preTaxCents) : none],
        [t('tab.certify.tax'), b ? money(b.taxCents) : none],
        [t('tab.certify.total'), b ? money(b.totalCents) : none],
        [t('field.province'), f.province ?? none],
        [t('field.fundCentre'), f.fundCentre || none],
      ])}
      <h4 id="certify-dates" className={styles.subheading}>
        {t('tab.certify.dates')}
      </h4>
      {facts('certify-dates', [
        [
          t('field.closingAt'),
          f.closingAt ? (
            <time dateTime={f.closingAt}>{formatDate(f.closingAt, locale)}</time>
          ) : (
            none
          ),
        ],
        [t('field.startDate'), day(f.startDate)],
        [t('field.deliveryDate'), day(f.deliveryDate)],
      ])}
      <h4 id="certify-terms" className={styles.subheading}>
        {t('tab.certify.terms')}
      </h4>
      {facts('certify-terms', [
        [t('field.licence'), f.licence ?? none],
        [
          t('field.repositoryUrl'),
          f.repositoryUrl ? (
            <Link href={f.repositoryUrl} target="_blank" rel="noreferrer">
              {f.repositoryUrl}
            </Link>
          ) : (
            none
          ),
        ],
        [
          t('field.contactEmail'),
          f.contactEmail ? <Link href={`mailto:${f.contactEmail}`}>{f.contactEmail}</Link> : none,
        ],
        [
          t('field.unclassified'),
          t(f.unclassified ? 'tab.certify.attested' : 'tab.certify.notAttested'),
        ],
      ])}
      {(['en', 'fr'] as const).map((language: Locale) => (
        <LanguageText key={language} fields={f} language={language} />
      ))}
      <h4 className={styles.subheading}>{t('tab.certify.comments')}</h4>
      {comments.length ? (
        <ul>
          {comments.map((entry) => (
            <li key={entry.version}>
              {t('tab.certify.commentBy', {
                name: entry.actorName,
                at: formatDate(entry.at, locale),
                intent: t(`intent.${entry.intent}`),
              })}{' '}
              <q>{entry.comment}</q>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('tab.certify.noComments')}</p>
      )}
    </Panel>
  );
}
