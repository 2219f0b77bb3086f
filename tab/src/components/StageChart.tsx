import { makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardFigures } from '../../../server/api/dashboardFigures';
import { formatDuration } from '../format';
import { useLocale, useT } from '../i18n';

const useStyles = makeStyles({
  chart: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr max-content',
    gap: '6px 12px',
    alignItems: 'center',
    margin: '8px 0 16px',
  },
  track: { height: '14px', backgroundColor: tokens.colorNeutralBackground4, borderRadius: '2px' },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: '2px',
    // High contrast themes drop backgrounds; a border keeps the bar visible.
    outline: `1px solid ${tokens.colorTransparentStroke}`,
  },
});

/**
 * Median time in each stage as horizontal bars. Drawn with plain elements and theme tokens, so it
 * follows light, dark and high contrast; the table below it carries the same numbers for screen readers.
 */
export function StageChart({ stages }: { stages: DashboardFigures['stages'] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const longest = Math.max(1, ...stages.map((s) => s.medianMs ?? 0));
  return (
    <figure
      aria-hidden="true"
      className={styles.chart}
      style={{ marginInline: 0 }}
      title={t('tab.dash.chartLabel')}
    >
      {stages.map((stage) => (
        <div key={stage.state} style={{ display: 'contents' }}>
          <span>{t(`state.${stage.state}`)}</span>
          <div className={styles.track}>
            <div
              className={styles.bar}
              style={{ width: `${((stage.medianMs ?? 0) / longest) * 100}%` }}
            />
          </div>
          <span>{formatDuration(stage.medianMs, locale)}</span>
        </div>
      ))}
    </figure>
  );
}
