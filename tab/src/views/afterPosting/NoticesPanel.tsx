import {
  MessageBar,
  MessageBarBody,
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
import type { MessageKey } from '../../../../domain/messages';
import { needsAttention, type NoticeGroup, type NoticeRow } from '../../../../domain/noticeSummary';
import type { NoticesView } from '../../../../contract/views';
import type { NoticeSending } from '../../../../contract/routes';
import { ErrorBar } from '../../components/ErrorBar';
import { Panel } from '../../components/Panel';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import type { StepProps } from './step';

const useStyles = makeStyles({
  heading: { margin: 0 },
  groups: { margin: 0, paddingLeft: '20px' },
  attention: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    boxShadow: `inset 4px 0 0 ${tokens.colorStatusDangerBorderActive}`,
  },
  problem: { display: 'block', marginTop: '4px' },
  status: { fontWeight: tokens.fontWeightSemibold },
});

const countOrder: Array<keyof NoticeGroup['counts']> = [
  'queued',
  'sent',
  'delivered',
  'failed',
  'undelivered',
];

const deliveryKeys: Record<string, MessageKey> = {
  delivered: 'tab.notices.delivery.delivered',
  'permanent-failure': 'tab.notices.delivery.permanent-failure',
  'temporary-failure': 'tab.notices.delivery.temporary-failure',
  'technical-failure': 'tab.notices.delivery.technical-failure',
};

/**
 * What was e-mailed to suppliers about the opportunity: how many of each kind and how they stand,
 * then each notice with its status, tries, times and GC Notify's word on delivery. Failures are
 * marked and explained; when this server sends nothing (no GC Notify), it says so first.
 */
export function NoticesPanel({ api, view, sending }: StepProps & { sending: NoticeSending }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [notices, setNotices] = useState<NoticesView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const { id, version } = view.record;

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/opportunities/:id/notices', { params: { id } }).then(
      ({ data }) => live && setNotices(data),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, id, version, attempt]);

  const groupLine = (group: NoticeGroup) => {
    const counts = countOrder
      .filter((name) => group.counts[name] > 0)
      .map((name) => t(`tab.notices.count.${name}`, { n: group.counts[name] }));
    return t('tab.notices.group', {
      kind: t(`tab.notices.kind.${group.kind}`),
      total: group.total,
      counts: counts.join(', '),
    });
  };
  const when = (iso: string | null, hidden: boolean) =>
    hidden ? t('tab.notices.hidden') : iso ? formatDate(iso, locale) : '—';
  const delivery = (row: NoticeRow) => {
    if (!row.delivery) return '—';
    const key = deliveryKeys[row.delivery.status];
    const status = key ? t(key) : t('tab.notices.delivery.other', { status: row.delivery.status });
    return row.delivery.at
      ? t('tab.notices.deliveryAt', { status, at: formatDate(row.delivery.at, locale) })
      : status;
  };

  const attention = notices?.notices.filter(needsAttention).length ?? 0;
  return (
    <Panel id="notices-heading" heading={t('tab.notices.heading')}>
      <p className={styles.heading}>{t('tab.notices.intro')}</p>
      {sending !== 'email' ? (
        <MessageBar intent={sending === 'off' ? 'warning' : 'info'}>
          <MessageBarBody>{t(`tab.notices.sending.${sending}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!notices ? (
        error ? (
          <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} />
        ) : (
          <Spinner label={t('tab.loading')} />
        )
      ) : notices.notices.length === 0 ? (
        <p className={styles.heading}>{t('tab.notices.none')}</p>
      ) : (
        <>
          {attention ? (
            <MessageBar intent="error">
              <MessageBarBody>{t('tab.notices.attention', { count: attention })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <h4 className={styles.heading}>{t('tab.notices.summary')}</h4>
          <ul className={styles.groups} data-testid="notice-groups">
            {notices.groups.map((group) => (
              <li key={group.kind}>{groupLine(group)}</li>
            ))}
          </ul>
          <h4 id="notice-list-heading" className={styles.heading}>
            {t('tab.notices.list')}
          </h4>
          {/* Seven columns do not fit a 400-px side panel: the table scrolls, by keyboard too. */}
          <ScrollRegion labelledBy="notice-list-heading">
            <Table aria-labelledby="notice-list-heading" size="small" data-testid="notice-table">
              <TableHeader>
                <TableRow>
                  {(
                    [
                      'kind',
                      'language',
                      'status',
                      'attempts',
                      'created',
                      'sent',
                      'delivery',
                    ] as const
                  ).map((column) => (
                    <TableHeaderCell key={column}>{t(`tab.notices.col.${column}`)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {notices.notices.map((row, index) => {
                  const hidden = row.createdAt === null;
                  return (
                    <TableRow
                      key={index}
                      className={needsAttention(row) ? styles.attention : undefined}
                    >
                      <TableCell>{t(`tab.notices.kind.${row.kind}`)}</TableCell>
                      <TableCell>{t(`tab.notices.language.${row.language}`)}</TableCell>
                      <TableCell>
                        <span className={styles.status}>
                          {t(`tab.notices.status.${row.status}`)}
                        </span>
                        {row.problem ? (
                          <span className={styles.problem}>
                            {t(`tab.notices.problem.${row.problem.kind}`, {
                              reason: row.problem.reason,
                            })}
                          </span>
                        ) : null}
                      </TableCell>
                      <TableCell>{row.attempts}</TableCell>
                      <TableCell>{when(row.createdAt, hidden)}</TableCell>
                      <TableCell>{when(row.sentAt, hidden)}</TableCell>
                      <TableCell>{delivery(row)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </Panel>
  );
}
