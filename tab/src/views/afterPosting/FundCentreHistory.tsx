import {
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatCents } from '../../../../domain/money';
import type { FundCentreView } from '../../../../contract/views';
import { ApiError, type Api } from '../../api';
import type { Route } from '../../App';
import { ErrorBar } from '../../components/ErrorBar';
import { Panel } from '../../components/Panel';
import { formatDate, formatDay } from '../../format';
import { useLocale, useT } from '../../i18n';

/**
 * The contract-splitting guardrail beside a posting approval: what the same fund centre posted
 * or awarded in the last twelve months, and the total with this one. Hidden from people the
 * server does not show it to.
 */
export function FundCentreHistory({
  api,
  id,
  version,
  onNavigate,
}: {
  api: Api;
  id: string;
  version: number;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [history, setHistory] = useState<FundCentreView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id/fundCentreHistory', { params: { id } }).then(
      ({ data }) => live && setHistory(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, version, attempt]);

  if (error instanceof ApiError && error.status === 403) return null;
  if (!history)
    return error ? (
      <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
    ) : (
      <Spinner label={t('tab.loading')} />
    );
  const money = (cents: number) => formatCents(cents, locale);
  const together = history.priorCents + history.thisCents;
  return (
    <Panel
      id="fund-centre-heading"
      heading={t('tab.fc.heading', { fundCentre: history.fundCentre })}
    >
      <p>
        {t('tab.fc.explain', {
          since: formatDay(history.since, locale),
          cap: money(history.capCents),
        })}
      </p>
      {history.items.length === 0 ? (
        <p>{t('tab.fc.none')}</p>
      ) : (
        <Table aria-labelledby="fund-centre-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tab.list.id')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.list.title')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.list.state')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.fc.when')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.list.value')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link onClick={() => onNavigate({ name: 'detail', id: item.id })}>{item.id}</Link>
                </TableCell>
                <TableCell>
                  {(locale === 'fr' ? item.titleFr : item.titleEn) || item.titleEn}
                </TableCell>
                <TableCell>{item.state ? t(`state.${item.state}`) : ''}</TableCell>
                <TableCell>
                  <time dateTime={item.at}>{formatDate(item.at, locale)}</time>
                </TableCell>
                <TableCell>{money(item.totalCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <p>{t('tab.fc.total', { prior: money(history.priorCents), together: money(together) })}</p>
      {together > history.capCents ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('tab.fc.overCap', { cap: money(history.capCents) })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </Panel>
  );
}
