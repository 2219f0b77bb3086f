import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Bar, PilotMeasures as Measures } from '../../../contract/views';
import type { Route } from '../App';
import { useLocale, useT } from '../i18n';
import { ScrollRegion } from './ScrollRegion';

const useStyles = makeStyles({
  bar: {
    display: 'inline-block',
    height: '0.75em',
    marginInlineEnd: '8px',
    backgroundColor: tokens.colorBrandBackground,
    verticalAlign: 'middle',
  },
});

/** A table of counts between bounds, each with a bar as long as its share of the largest. */
function BarTable({
  id,
  bars,
  boundHeader,
  countHeader,
  label,
}: {
  id: string;
  bars: readonly Bar[];
  boundHeader: string;
  countHeader: string;
  label: (bar: Bar, previous: number | null) => string;
}) {
  const styles = useStyles();
  const most = Math.max(1, ...bars.map((b) => b.count));
  return (
    <Table aria-labelledby={id} data-testid={id} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{boundHeader}</TableHeaderCell>
          <TableHeaderCell>{countHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {bars.map((bar, i) => (
          <TableRow key={String(bar.upTo)}>
            <TableCell>{label(bar, i ? bars[i - 1]!.upTo : null)}</TableCell>
            <TableCell>
              <span
                className={styles.bar}
                style={{ width: `${(bar.count / most) * 12}em` }}
                aria-hidden="true"
              />
              {bar.count}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the pilot was run to learn: time to award, applications, suppliers, CFOB work, payment. */
export function PilotMeasures({
  measures,
  names,
  onNavigate,
}: {
  measures: Measures;
  names: Record<string, string>;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    maximumFractionDigits: 2,
  });
  const figure = (n: number | null) => (n === null ? t('tab.dash.noData') : number.format(n));
  const { submissionToAward: toAward, applications, suppliers, procurement, payment } = measures;
  return (
    <section aria-labelledby="measures-heading" data-testid="measures">
      <h3 id="measures-heading">{t('tab.measures.heading')}</h3>

      <h4 id="measures-award">{t('tab.measures.toAward')}</h4>
      <p data-testid="measures-award-summary">
        {t('tab.measures.toAwardSummary', {
          count: toAward.count,
          median: figure(toAward.medianDays),
          business: figure(toAward.medianBusinessDays),
          p90: figure(toAward.p90Days),
          within: toAward.withinPlanned,
          planned: toAward.plannedDays,
          pilot: number.format(toAward.pilotDays),
        })}
      </p>
      <BarTable
        id="measures-award-bars"
        bars={toAward.bars}
        boundHeader={t('tab.measures.days')}
        countHeader={t('tab.measures.awards')}
        label={(bar, previous) =>
          bar.upTo === null
            ? t('tab.measures.over', { days: previous ?? 0 })
            : t('tab.measures.upTo', { days: bar.upTo })
        }
      />

      <h4>{t('tab.measures.applications')}</h4>
      <p data-testid="measures-applications-summary">
        {t('tab.measures.applicationsSummary', {
          closed: applications.closed,
          total: applications.total,
          median: figure(applications.median),
        })}
      </p>
      <BarTable
        id="measures-application-bars"
        bars={applications.bars}
        boundHeader={t('tab.measures.applicationCount')}
        countHeader={t('tab.measures.opportunities')}
        label={(bar, previous) =>
          bar.upTo === null
            ? t('tab.measures.applicationsOver', { count: previous ?? 0 })
            : bar.upTo === 0
              ? '0'
              : t('tab.measures.applicationsUpTo', { count: bar.upTo })
        }
      />
      <p data-testid="measures-no-qualified">
        {t('tab.measures.noQualified', { count: applications.noQualified })}
      </p>
      {applications.noQualifiedItems.length ? (
        <ul>
          {applications.noQualifiedItems.map((item) => (
            <li key={item.id}>
              <Link as="button" onClick={() => onNavigate({ name: 'detail', id: item.id })}>
                {`${item.id} ${(locale === 'fr' ? item.titleFr : item.titleEn) || t('tab.list.untitled')}`}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <h4>{t('tab.measures.suppliers')}</h4>
      <p data-testid="measures-suppliers">
        {t('tab.measures.suppliersSummary', {
          awards: suppliers.awards,
          distinct: suppliers.distinctWinners,
          year: suppliers.winnersThisYear,
          first: suppliers.firstTimeThisYear,
        })}
      </p>

      <h4 id="measures-officers">{t('tab.measures.procurement')}</h4>
      {procurement.officers.length === 0 ? (
        <p>{t('tab.measures.procurementNone')}</p>
      ) : (
        <ScrollRegion labelledBy="measures-officers">
          <Table aria-labelledby="measures-officers" data-testid="measures-officers" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('tab.measures.officer')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.decisions')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.approvals')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.returns')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.rejections')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.releases')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.waitMedian')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.waitP90')}</TableHeaderCell>
                <TableHeaderCell>{t('tab.measures.waitLongest')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {procurement.officers.map((o) => (
                <TableRow key={o.personId ?? ''}>
                  <TableCell>
                    {o.personId
                      ? (names[o.personId] ?? o.personId)
                      : t('tab.measures.unknownOfficer')}
                  </TableCell>
                  <TableCell>{o.decisions}</TableCell>
                  <TableCell>{o.approvals}</TableCell>
                  <TableCell>{o.returns}</TableCell>
                  <TableCell>{o.rejections}</TableCell>
                  <TableCell>{o.releases}</TableCell>
                  <TableCell>{figure(o.medianDays)}</TableCell>
                  <TableCell>{figure(o.p90Days)}</TableCell>
                  <TableCell>{figure(o.longestDays)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}

      <h4>{t('tab.measures.payment')}</h4>
      <p data-testid="measures-payment">
        {t('tab.measures.paymentSummary', {
          count: payment.count,
          median: figure(payment.medianDays),
          p90: figure(payment.p90Days),
          within: payment.withinTarget,
          target: payment.targetDays,
        })}
      </p>
    </section>
  );
}
