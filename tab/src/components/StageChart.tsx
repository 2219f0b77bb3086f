import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { Locale } from '../../../domain/locale';
import type { MessageKey } from '../../../domain/messages';
import type { DashboardFigures } from '../../../server/api/dashboardFigures';
import { formatDuration } from '../format';
import { useLocale, useT } from '../i18n';

/**
 * Theme tokens, so the bars follow light, dark and high contrast: brand for the median, neutral
 * for the slowest (purple and grey in light and dark, cyan and white in high contrast).
 */
const colours = {
  median: tokens.colorCompoundBrandBackground,
  slowest: tokens.colorNeutralForeground3,
};

/** One unit for the whole axis, chosen as `formatDuration` would for the longest bar. */
function axisUnit(longestMs: number): { ms: number; key: MessageKey } {
  if (longestMs < 3_600_000) return { ms: 60_000, key: 'tab.duration.minutes' };
  if (longestMs < 48 * 3_600_000) return { ms: 3_600_000, key: 'tab.duration.hours' };
  return { ms: 86_400_000, key: 'tab.duration.days' };
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
}

/**
 * Median and slowest time in each stage as grouped bars (Fluent UI's chart package, loaded on
 * demand by `LazyStageChart`), each with its duration written on it.
 *
 * The chart is `inert`: the table below it carries the same numbers for screen readers and the
 * keyboard. Exposed, the chart would announce fixed English text ("category 1 of 3, with 2
 * bars") in the French interface, and tabster's focusable `aria-hidden` sentinels around its bars
 * and legend fail axe's aria-hidden-focus rule.
 */
export function StageChart({ stages }: { stages: DashboardFigures['stages'] }) {
  const t = useT();
  const locale = useLocale();
  const measured = stages.filter((s) => s.medianMs !== null);
  if (measured.length === 0) return null;
  const longest = Math.max(...measured.map((s) => s.slowestMs ?? s.medianMs ?? 0));
  const unit = axisUnit(longest);
  const number = numberFormat(locale);
  const inUnit = (ms: number) => t(unit.key, { n: number.format(ms / unit.ms) });
  const bar = (stage: string, legend: 'median' | 'slowest', ms: number) => {
    const label = t(`tab.dash.${legend}`);
    return {
      key: `${stage}-${legend}`,
      legend: label,
      data: ms / unit.ms,
      color: colours[legend],
      barLabel: formatDuration(ms, locale),
      // What the bar is, in the person's language, instead of the library's "Draft. Median, 3.".
      callOutAccessibilityData: { ariaLabel: `${stage}, ${label}, ${formatDuration(ms, locale)}` },
    };
  };
  const data: GroupedVerticalBarChartData[] = measured.map((s) => {
    const name = t(`state.${s.state}`);
    return {
      name,
      series: [bar(name, 'median', s.medianMs!), bar(name, 'slowest', s.slowestMs ?? s.medianMs!)],
    };
  });
  return (
    <div data-testid="stage-chart" inert>
      <GroupedVerticalBarChart
        data={data}
        height={320}
        culture={locale === 'fr' ? 'fr-CA' : 'en-CA'}
        yAxisTickFormat={(value: number) => inUnit(value * unit.ms)}
        yAxisTickCount={5}
        // At least one whole unit, so minutes-long stages do not draw an axis of "0 min" ticks.
        yMaxValue={Math.max(1, longest / unit.ms)}
        // Bars as wide as the room allows, so a few stages do not huddle in the middle.
        barWidth="auto"
        maxBarWidth={48}
        hideLabels
        wrapXAxisLables
        roundCorners
      />
    </div>
  );
}
