import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  region: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    // Columns as wide as their longest word: a narrow panel scrolls the table, never cuts a cell.
    '& table': { tableLayout: 'auto', width: '100%' },
  },
});

/**
 * A data table wider than a 400-px Teams side panel scrolls inside this region, as WCAG 1.4.10
 * (reflow) allows for data tables: named by the table's heading, in the tab order so a keyboard
 * scrolls it too, and the rest of the page stays within the panel.
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  /** The id of the heading that names the table. */
  labelledBy: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.region} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
