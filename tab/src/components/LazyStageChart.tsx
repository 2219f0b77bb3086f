import { Spinner } from '@fluentui/react-components';
import { Component, Suspense, lazy, useState, type ReactNode } from 'react';
import type { DashboardFigures } from '../../../contract/views';
import { useT } from '../i18n';
import { ErrorBar } from './ErrorBar';

type Stages = DashboardFigures['stages'];

/** The chart library is a chunk of its own: only managers opening the dashboard download it. */
const loadChart = () => import('./StageChart').then(({ StageChart }) => ({ default: StageChart }));

/** Catches the chunk failing to load (offline, a deployment replaced it) and offers to try again. */
class ChunkBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { error: unknown }
> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) return <ErrorBar error={this.state.error} onRetry={this.props.onRetry} />;
    return this.props.children;
  }
}

/**
 * The stage chart, loaded when the dashboard first shows it, with a spinner meanwhile. The table
 * beside it carries the same figures, so a failed load costs the picture, not the numbers.
 */
export function LazyStageChart({ stages }: { stages: Stages }) {
  const t = useT();
  // A rejected lazy() stays rejected: a retry needs a new one (and a new boundary).
  const [attempt, setAttempt] = useState(0);
  const [Chart, setChart] = useState(() => lazy(loadChart));
  const retry = () => {
    setChart(() => lazy(loadChart));
    setAttempt((n) => n + 1);
  };
  return (
    <ChunkBoundary key={attempt} onRetry={retry}>
      <Suspense fallback={<Spinner label={t('tab.loading')} />}>
        <Chart stages={stages} />
      </Suspense>
    </ChunkBoundary>
  );
}
