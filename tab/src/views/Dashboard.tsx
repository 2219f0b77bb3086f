import {
  Link,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatCents } from '../../../domain/money';
import type { DashboardView } from '../../../contract/views';
import type { Api } from '../api';
import type { Route } from '../App';
import { ErrorBar } from '../components/ErrorBar';
import { ExportButtons } from '../components/ExportButtons';
import { PilotMeasures } from '../components/PilotMeasures';
import { LazyStageChart } from '../components/LazyStageChart';
import { StateCounts } from '../components/StateCounts';
import { TargetTable } from '../components/TargetTable';
import { formatDuration } from '../format';
import { useLocale, useT } from '../i18n';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: '12px',
  },
  tile: {
    padding: '12px 16px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  figure: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** Managers' view of the fiscal year; each count opens the list behind it. */
export function Dashboard({ api, onNavigate }: { api: Api; onNavigate: (route: Route) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [figures, setFigures] = useState<DashboardView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/dashboard').then(
      ({ data }) => live && setFigures(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);

  if (error) return <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!figures) return <Spinner label={t('tab.loading')} />;
  const tile = (label: string, value: string, testId: string) => (
    <div className={styles.tile}>
      <h3>{label}</h3>
      <p className={styles.figure} data-testid={testId}>
        {value}
      </p>
    </div>
  );
  return (
    <section aria-labelledby="dash-heading">
      <h2 id="dash-heading">{t('tab.dash.heading', figures.fiscalYear)}</h2>
      <div className={styles.tiles}>
        {tile(t('tab.dash.total'), String(figures.total), 'total')}
        {tile(t('tab.dash.committed'), formatCents(figures.committedCents, locale), 'committed')}
        {tile(t('tab.dash.paid'), formatCents(figures.paidCents, locale), 'paid')}
        {tile(
          t('tab.dash.deliveryToPayment'),
          formatDuration(figures.deliveryToPayment.medianMs, locale),
          'delivery-to-payment',
        )}
      </div>

      <h3>{t('tab.dash.byState')}</h3>
      <StateCounts counts={figures.countsByState} onNavigate={onNavigate} />

      <h3 id="stages-heading">{t('tab.dash.stages')}</h3>
      <LazyStageChart stages={figures.stages} />
      <Table aria-labelledby="stages-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('tab.dash.stage')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.dash.median')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.dash.slowest')}</TableHeaderCell>
            <TableHeaderCell>{t('tab.dash.samples')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.stages.map((stage) => (
            <TableRow key={stage.state}>
              <TableCell>{t(`state.${stage.state}`)}</TableCell>
              <TableCell>{formatDuration(stage.medianMs, locale)}</TableCell>
              <TableCell>
                {stage.slowestId ? (
                  <Link
                    as="button"
                    onClick={() => onNavigate({ name: 'detail', id: stage.slowestId! })}
                  >
                    {`${formatDuration(stage.slowestMs, locale)} (${stage.slowestId})`}
                  </Link>
                ) : (
                  formatDuration(null, locale)
                )}
              </TableCell>
              <TableCell>{stage.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <TargetTable figures={figures} names={figures.names} onNavigate={onNavigate} />
      <PilotMeasures measures={figures.measures} names={figures.names} onNavigate={onNavigate} />
      <ExportButtons api={api} />

      <h3>{t('tab.dash.waiting', { days: figures.thresholdDays })}</h3>
      {figures.waitingLong.length === 0 ? (
        <p>{t('tab.dash.waitingNone', { days: figures.thresholdDays })}</p>
      ) : (
        <ul>
          {figures.waitingLong.map((item) => (
            <li key={item.id}>
              <Link as="button" onClick={() => onNavigate({ name: 'detail', id: item.id })}>
                {`${item.id} ${(locale === 'fr' ? item.titleFr : item.titleEn) || t('tab.list.untitled')}`}
              </Link>
              {` — ${t(`state.${item.state}`)}, ${t('tab.dash.waitingFor', { duration: formatDuration(item.waitingMs, locale) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
