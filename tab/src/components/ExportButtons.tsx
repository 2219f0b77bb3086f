import { Button, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { dashboardTables } from '../../../contract/exportTables';
import type { Api } from '../api';
import { useLocale, useT } from '../i18n';
import { errorText } from './ErrorBar';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: '8px', padding: 0, listStyle: 'none' },
});

/** Saves what the server sends under the name it gives (the token rides on the request, not a link). */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** CSV for Excel of the opportunities and of each dashboard table, headers in the tab's language. */
export function ExportButtons({ api }: { api: Api }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const download = (path: string) => {
    setError(null);
    api.download(`${path}${path.includes('?') ? '&' : '?'}lang=${locale}`).then(
      ({ blob, filename }) => save(blob, filename),
      (e: unknown) => setError(e),
    );
  };
  return (
    <section aria-labelledby="exports-heading">
      <h3 id="exports-heading">{t('tab.measures.export')}</h3>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {errorText(error, locale, t('tab.measures.exportFailed'))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        <li>
          <Button
            onClick={() => download('/api/opportunities/export.csv')}
            data-testid="export-opportunities"
          >
            {t('tab.measures.exportOpportunities')}
          </Button>
        </li>
        {dashboardTables.map((table) => (
          <li key={table}>
            <Button
              onClick={() => download(`/api/dashboard/export.csv?table=${table}`)}
              data-testid={`export-${table}`}
            >
              {t('tab.measures.exportTable', { table: t(`export.table.${table}`) })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
