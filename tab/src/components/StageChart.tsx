import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DashboardFigures } from '../../../contract/views';
import { formatDuration, roundDuration, unitMs } from '../format';
import { useLocale, useT } from '../i18n';

/** Below this width each stage's name goes above its bars instead of beside them. */
const narrow = '@media (max-width: 520px)';

const useStyles = makeStyles({
  chart: { margin: '8px 0 16px', maxWidth: '56rem' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 16px',
    listStyle: 'none',
    padding: 0,
    margin: '0 0 8px',
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: '6px' },
  swatch: { display: 'inline-block', width: '12px', height: '12px' },
  rows: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, 12rem) 1fr',
    gap: '12px 12px',
    alignItems: 'center',
    [narrow]: { gridTemplateColumns: '1fr', gap: '2px' },
  },
  name: { overflowWrap: 'anywhere', [narrow]: { marginTop: '8px' } },
  // The bars take the track's width less room for the longest bar's label.
  track: { position: 'relative', marginRight: '4.5rem' },
  line: { position: 'relative', height: '16px', margin: '3px 0' },
  bar: {
    position: 'absolute',
    top: 0,
    left: 0,
    height: '100%',
    minWidth: '2px',
    '@media (forced-colors: active)': { forcedColorAdjust: 'none' },
  },
  median: {
    backgroundColor: tokens.colorCompoundBrandBackground,
    '@media (forced-colors: active)': { backgroundColor: 'Highlight' },
  },
  slowest: {
    backgroundColor: tokens.colorNeutralForeground3,
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  value: {
    position: 'absolute',
    top: '50%',
    transform: 'translateY(-50%)',
    paddingLeft: '6px',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
  },
  axis: {
    position: 'relative',
    height: '1.5rem',
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    marginTop: '4px',
  },
  tick: {
    position: 'absolute',
    top: '2px',
    transform: 'translateX(-50%)',
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
  firstTick: { transform: 'none' },
});

/** The smallest whole step (1, 2, 5, 10, 20, …) that covers `max` in at most four intervals. */
function axisStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10)
    for (const step of [1, 2, 5].map((m) => m * magnitude)) if (max / step <= 4) return step;
}

/**
 * Median and slowest time in each stage as horizontal bars, each with its duration written
 * beside it as the table writes it, over one axis of whole minutes, hours or days.
 *
 * A bar's length is the duration its label says (`roundDuration`), so two bars labelled "1 min"
 * are equally long. Stage names wrap in their own column (above the bars on a narrow panel)
 * instead of colliding under the bars, and tick labels are whole numbers that fit.
 *
 * The chart is `inert`: the table below it carries the same numbers for screen readers and the
 * keyboard, so the chart needs no text alternative of its own.
 */
export function StageChart({ stages }: { stages: DashboardFigures['stages'] }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const measured = stages.filter((s) => s.medianMs !== null);
  if (measured.length === 0) return null;
  const drawnMs = (ms: number) => {
    const { n, unit } = roundDuration(ms);
    return n * unitMs[unit];
  };
  const longest = Math.max(...measured.map((s) => drawnMs(s.slowestMs ?? s.medianMs!)));
  const { unit } = roundDuration(Math.max(longest, unitMs.minutes));
  const inUnit = longest / unitMs[unit];
  const step = axisStep(Math.max(inUnit, 1));
  const ticks = Array.from(
    { length: Math.max(1, Math.ceil(inUnit / step)) + 1 },
    (_, i) => i * step,
  );
  const axisMs = ticks[ticks.length - 1]! * unitMs[unit];
  const percent = (ms: number) => `${(100 * drawnMs(ms)) / axisMs}%`;
  const legend = (series: 'median' | 'slowest') => (
    <li className={styles.key}>
      <span className={mergeClasses(styles.swatch, styles[series])} />
      {t(`tab.dash.${series}`)}
    </li>
  );
  const bar = (stage: string, series: 'median' | 'slowest', ms: number) => {
    const label = formatDuration(ms, locale);
    return (
      <div className={styles.line}>
        <div
          className={mergeClasses(styles.bar, styles[series])}
          style={{ width: percent(ms) }}
          data-bar={`${stage}, ${t(`tab.dash.${series}`)}, ${label}`}
        />
        <span className={styles.value} style={{ left: percent(ms) }} data-bar-label>
          {label}
        </span>
      </div>
    );
  };
  return (
    <div data-testid="stage-chart" className={styles.chart} inert>
      <ul className={styles.legend}>
        {legend('median')}
        {legend('slowest')}
      </ul>
      <div className={styles.rows}>
        {measured.map((s) => {
          const name = t(`state.${s.state}`);
          return [
            <div key={`${s.state}-name`} className={styles.name}>
              {name}
            </div>,
            <div key={`${s.state}-bars`} className={styles.track}>
              {bar(name, 'median', s.medianMs!)}
              {bar(name, 'slowest', s.slowestMs ?? s.medianMs!)}
            </div>,
          ];
        })}
        <div />
        <div className={mergeClasses(styles.track, styles.axis)} data-testid="stage-axis">
          {ticks.map((n, i) => (
            <span
              key={n}
              className={i === 0 ? mergeClasses(styles.tick, styles.firstTick) : styles.tick}
              style={{ left: `${(100 * n) / ticks[ticks.length - 1]!}%` }}
              data-tick
            >
              {t(`tab.duration.${unit}`, { n })}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
