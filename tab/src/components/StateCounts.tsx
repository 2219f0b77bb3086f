import { Link, makeStyles } from '@fluentui/react-components';
import { states } from '../../../domain/states';
import type { DashboardFigures } from '../../../contract/views';
import type { Route } from '../App';
import { useT } from '../i18n';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: '8px 24px', padding: 0, listStyle: 'none' },
});

/**
 * How many opportunities are in each state, each count opening the list behind it. States with
 * none are left out (a row of twelve links, most of them ": 0", hid the few that mattered), and
 * a year with none says so.
 */
export function StateCounts({
  counts,
  onNavigate,
}: {
  counts: DashboardFigures['countsByState'];
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const present = states.filter((state) => counts[state] > 0);
  if (present.length === 0) return <p data-testid="counts-none">{t('tab.dash.byStateNone')}</p>;
  return (
    <ul className={styles.counts}>
      {present.map((state) => (
        <li key={state}>
          <Link
            as="button"
            onClick={() => onNavigate({ name: 'all', state })}
            data-testid={`count-${state}`}
          >
            {`${t(`state.${state}`)}: ${counts[state]}`}
          </Link>
        </li>
      ))}
    </ul>
  );
}
