import {
  Button,
  Field,
  Link,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MessageKey } from '../../../domain/messages';
import { formatCents } from '../../../domain/money';
import { states } from '../../../domain/states';
import type { ListItem } from '../../../contract/views';
import type { Api } from '../api';
import type { Me, Route } from '../App';
import { ErrorBar } from '../components/ErrorBar';
import { formatDate } from '../format';
import { useLocale, useT } from '../i18n';

type Column = 'id' | 'title' | 'state' | 'value' | 'updated';
const columns: Array<[Column, MessageKey]> = [
  ['id', 'tab.list.id'],
  ['title', 'tab.list.title'],
  ['state', 'tab.list.state'],
  ['value', 'tab.list.value'],
  ['updated', 'tab.list.updated'],
];

const headings = { mine: 'tab.nav.mine', inbox: 'tab.nav.inbox', all: 'tab.nav.all' } as const;
const empties = { mine: 'tab.empty.mine', inbox: 'tab.empty.inbox', all: 'tab.empty.all' } as const;

const narrow = '@media (max-width: 560px)';

/** Columns a narrow panel leaves out of the header, their values shown in another cell. */
const wideColumns: Column[] = ['id', 'updated'];

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    gap: '16px',
    alignItems: 'end',
    flexWrap: 'wrap',
    marginBottom: '12px',
  },
  more: { marginTop: '12px' },
  // Long words (a title, a number) wrap inside their cell instead of running into the next one.
  cell: { overflowWrap: 'anywhere' },
  // At a 400-px side panel the number and the last change leave their columns: the number goes
  // under the title and the date under the state, so three columns share the width.
  wideOnly: { [narrow]: { display: 'none' } },
  narrowOnly: {
    display: 'none',
    [narrow]: { display: 'block', color: tokens.colorNeutralForeground2 },
  },
});

/** Mine, the approvals inbox, or everything: paged from the server, sorted and filtered here. */
export function OpportunityList({
  api,
  view,
  me,
  initialState,
  onOpen,
  onNavigate,
}: {
  api: Api;
  view: 'mine' | 'inbox' | 'all';
  me: Me;
  initialState?: string;
  onOpen: (id: string) => void;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [state, setState] = useState(initialState ?? '');
  const [items, setItems] = useState<ListItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'updated',
    ascending: false,
  });
  const [creating, setCreating] = useState(false);

  const load = async (token: string | null, replace: boolean) => {
    setLoading(true);
    setError(null);
    const params = new URLSearchParams({ view, size: '25' });
    if (state) params.set('state', state);
    if (token) params.set('continuationToken', token);
    try {
      const { data } = await api.send('GET /api/opportunities', { query: params });
      setItems((current) => (replace ? data.items : [...current, ...data.items]));
      setNext(data.continuationToken);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null, true);
  }, [api, view, state]);

  const title = (item: ListItem) =>
    (locale === 'fr' ? item.titleFr || item.titleEn : item.titleEn || item.titleFr) ||
    t('tab.list.untitled');
  const key = (item: ListItem): string | number => {
    switch (sort.column) {
      case 'id':
        return item.id;
      case 'title':
        return title(item).toLocaleLowerCase(locale);
      case 'state':
        return t(`state.${item.state}`);
      case 'value':
        return item.totalCents ?? -1;
      case 'updated':
        return item.updatedAt;
    }
  };
  const sorted = [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.ascending ? order : -order;
  });

  const createDraft = async () => {
    setCreating(true);
    try {
      const { data } = await api.send('POST /api/opportunities', {
        body: {},
        idempotencyKey: crypto.randomUUID(),
      });
      onNavigate({ name: 'draft', id: data.record.id });
    } catch (e) {
      setError(e);
      setCreating(false);
    }
  };

  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t(headings[view])}</h2>
      <div className={styles.toolbar}>
        {view === 'mine' && me.roles.includes('client') ? (
          <Button appearance="primary" onClick={() => void createDraft()} disabled={creating}>
            {t('tab.draft.new')}
          </Button>
        ) : null}
        <Field label={t('tab.list.filterState')}>
          <Select value={state} onChange={(_, data) => setState(data.value)}>
            <option value="">{t('tab.list.anyState')}</option>
            {states.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {error ? <ErrorBar error={error} onRetry={() => void load(null, true)} /> : null}
      {loading ? <ProgressBar aria-label={t('tab.loading')} /> : null}
      {!loading && !error && items.length === 0 ? (
        <p role="status">
          {t(
            view === 'mine' && !me.roles.includes('client') ? 'tab.empty.notClient' : empties[view],
          )}
        </p>
      ) : null}
      {items.length > 0 ? (
        <Table sortable aria-labelledby="list-heading">
          <TableHeader>
            <TableRow>
              {columns.map(([column, label]) => (
                <TableHeaderCell
                  key={column}
                  className={wideColumns.includes(column) ? styles.wideOnly : undefined}
                  sortDirection={
                    sort.column === column
                      ? sort.ascending
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                  onClick={() =>
                    setSort((s) => ({
                      column,
                      ascending: s.column === column ? !s.ascending : true,
                    }))
                  }
                >
                  {t(label)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((item) => (
              <TableRow key={item.id}>
                <TableCell className={mergeClasses(styles.cell, styles.wideOnly)}>
                  {item.id}
                </TableCell>
                <TableCell className={styles.cell}>
                  <Link as="button" onClick={() => onOpen(item.id)}>
                    {title(item)}
                  </Link>
                  <span className={styles.narrowOnly}>{item.id}</span>
                </TableCell>
                <TableCell className={styles.cell}>
                  {t(`state.${item.state}`)}
                  {item.blocked ? ` (${t('blocked.short')})` : ''}
                  <span className={styles.narrowOnly}>{formatDate(item.updatedAt, locale)}</span>
                </TableCell>
                <TableCell className={styles.cell}>
                  {item.totalCents === null ? '' : formatCents(item.totalCents, locale)}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, styles.wideOnly)}>
                  {formatDate(item.updatedAt, locale)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {items.length > 0 ? (
        <p aria-live="polite">{t('tab.list.count', { count: items.length })}</p>
      ) : null}
      {next && !loading ? (
        <Button className={styles.more} onClick={() => void load(next, false)}>
          {t('tab.list.more')}
        </Button>
      ) : null}
    </section>
  );
}
