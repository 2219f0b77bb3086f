import {
  Button,
  Field,
  Input,
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
} from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { roles } from '../../../../domain/people';
import type { PeopleAccess } from '../../../../domain/peopleAdmin';
import type { PeopleList as PeoplePage, PersonListItem } from '../../../../contract/views';
import type { Api } from '../../api';
import type { Route } from '../../App';
import { ErrorBar } from '../../components/ErrorBar';
import { formatDate } from '../../format';
import { useLocale, useT } from '../../i18n';
import { InviteForm } from './InviteForm';
import { roleList } from './roleList';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    gap: '16px',
    alignItems: 'end',
    flexWrap: 'wrap',
    marginBottom: '12px',
  },
  more: { marginTop: '12px' },
});

/** GET /api/people: search by name or e-mail, filter by role, 50 at a time. */
export function PeopleList({
  api,
  access,
  onNavigate,
}: {
  api: Api;
  access: Exclude<PeopleAccess, null>;
  onNavigate: (route: Route) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [items, setItems] = useState<PersonListItem[]>([]);
  const [invitations, setInvitations] = useState<PeoplePage['invitations']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);

  const load = async (token: string | null) => {
    setLoading(true);
    setError(null);
    const params = new URLSearchParams();
    if (search) params.set('search', search);
    if (role) params.set('role', role);
    if (token) params.set('continuationToken', token);
    try {
      const { data } = await api.send('GET /api/people', { query: params });
      setItems((current) => (token ? [...current, ...data.items] : data.items));
      if (!token) setInvitations(data.invitations);
      setNext(data.continuationToken);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load(null);
  }, [api, search, role, reloads]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">{t('tab.people.heading')}</h2>
      {access === 'read' ? <p>{t('tab.people.readOnly')}</p> : null}
      <form className={styles.toolbar} role="search" onSubmit={submit}>
        <Field label={t('tab.people.search')}>
          <Input type="search" value={typed} onChange={(_, data) => setTyped(data.value)} />
        </Field>
        <Button type="submit">{t('tab.people.searchButton')}</Button>
        <Field label={t('tab.people.filterRole')}>
          <Select value={role} onChange={(_, data) => setRole(data.value)}>
            <option value="">{t('tab.people.anyRole')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
      </form>
      {error ? <ErrorBar error={error} onRetry={() => void load(null)} /> : null}
      {loading ? <ProgressBar aria-label={t('tab.loading')} /> : null}
      {!loading && !error && items.length === 0 ? (
        <p role="status">{t('tab.people.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <Table aria-labelledby="people-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('tab.people.name')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.people.email')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.people.roles')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.people.status')}</TableHeaderCell>
              <TableHeaderCell>{t('tab.people.lastContact')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((person) => (
              <TableRow key={person.id} data-testid={`person-${person.id}`}>
                <TableCell>
                  <Link as="button" onClick={() => onNavigate({ name: 'person', id: person.id })}>
                    {person.name}
                  </Link>
                </TableCell>
                <TableCell>{person.email}</TableCell>
                <TableCell>{roleList(person.roles, locale)}</TableCell>
                <TableCell>
                  {t(person.deactivated ? 'tab.people.deactivated' : 'tab.people.active')}
                </TableCell>
                <TableCell>
                  {person.lastContactAt
                    ? formatDate(person.lastContactAt, locale)
                    : t('tab.people.never')}
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
        <Button className={styles.more} onClick={() => void load(next)}>
          {t('tab.list.more')}
        </Button>
      ) : null}
      {invitations.length > 0 ? (
        <section aria-labelledby="invitations-heading">
          <h3 id="invitations-heading">{t('tab.people.invitations')}</h3>
          <ul>
            {invitations.map((i) => (
              <li key={i.upn}>
                {t('tab.people.invitation', {
                  upn: i.upn,
                  roles: roleList(i.roles, locale),
                  name: i.byName,
                  at: formatDate(i.at, locale),
                  reason: i.reason,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {access === 'manage' ? (
        <InviteForm api={api} onInvited={() => setReloads((n) => n + 1)} />
      ) : null}
    </section>
  );
}
