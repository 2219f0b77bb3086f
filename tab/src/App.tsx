import {
  FluentProvider,
  Button,
  Spinner,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localeFromTag, type Locale } from '../../domain/locale';
import type { MeReply } from '../../contract/routes';
import type { Role } from '../../domain/people';
import { t, type MessageKey } from '../../domain/messages';
import { createApi, type Api } from './api';
import { DevBar, readDevSettings, type DevSettings } from './components/DevBar';
import { ErrorBar } from './components/ErrorBar';
import { devToken, type Host, type ThemeName } from './host';
import { LocaleContext, useLocale } from './i18n';
import { colorScheme, contrastClass, useStaticStyles } from './themeStyles';
import { LeaveGuardProvider, useGuardedNavigation } from './leaveGuard';
import { routeFromHash, routeToHash } from './routes';
import { Dashboard } from './views/Dashboard';
import { Detail } from './views/Detail';
import { DraftEditor } from './views/DraftEditor';
import { Guide } from './views/Guide';
import { OpportunityList } from './views/OpportunityList';
import { OutOfOffice } from './views/OutOfOffice';
import { PeopleList } from './views/people/PeopleList';
import { PersonPage } from './views/people/PersonPage';

export type Me = MeReply;

export type Route =
  | { name: 'dashboard' | 'mine' | 'inbox' | 'guide' }
  | { name: 'all'; state?: string }
  | {
      name: 'detail';
      id: string;
      /** Just submitted by this person: say who has it now. */ submitted?: boolean;
    }
  | { name: 'draft'; id: string }
  | { name: 'people' }
  | { name: 'person'; id: string };

type Section = 'dashboard' | 'mine' | 'inbox' | 'all' | 'people' | 'guide';

const themes = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    padding: '12px 24px 0',
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 560px)': { padding: '12px 12px 0' },
  },
  title: {
    margin: '0 0 8px',
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Sections wrap onto a second line at a 400-px side panel instead of running off its edge.
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px',
    listStyle: 'none',
    margin: 0,
    padding: '0 0 4px',
  },
  current: {
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
    borderRadius: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    padding: '16px 24px 32px',
    maxWidth: '1100px',
    '@media (max-width: 560px)': { padding: '12px 12px 24px' },
  },
});

/** Which sections a person sees, from the roles stored for them and what the server lets them see. */
function sectionsFor({ roles, may }: Me): Section[] {
  const has = (...names: Role[]) => names.some((n) => roles.includes(n));
  const sections: Section[] = [];
  if (may.dashboard) sections.push('dashboard');
  if (has('client')) sections.push('mine');
  if (has('cardholder', 'procurement')) sections.push('inbox');
  if (may.listAll) sections.push('all');
  if (may.people) sections.push('people');
  sections.push('guide');
  return sections;
}

export function App({ host }: { host: Host }) {
  const [dev, setDev] = useState<DevSettings | null>(() =>
    host.kind === 'development' ? readDevSettings(host.people) : null,
  );
  const [teamsTheme, setTeamsTheme] = useState<ThemeName>(
    host.kind === 'teams' ? host.theme : 'light',
  );
  useEffect(() => {
    if (host.kind === 'teams') host.onThemeChange(setTeamsTheme);
  }, [host]);

  const locale: Locale =
    host.kind === 'teams' ? host.locale : (dev?.locale ?? localeFromTag(navigator.language));
  const theme = host.kind === 'teams' ? teamsTheme : (dev?.theme ?? 'light');
  const api = useMemo<Api | null>(() => {
    if (host.kind === 'teams') return createApi(host.getToken);
    if (dev) return createApi(() => devToken(dev.personId));
    return null;
  }, [host, dev]);

  useStaticStyles();
  useEffect(() => {
    document.documentElement.style.colorScheme = colorScheme(theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = locale === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = t(locale, 'tab.appName');
  }, [locale]);

  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider
        theme={themes[theme]}
        className={theme === 'contrast' ? contrastClass : undefined}
      >
        {host.kind === 'development' && dev ? (
          <DevBar people={host.people} settings={dev} onChange={setDev} />
        ) : null}
        {api ? (
          <Shell api={api} key={dev?.personId ?? 'teams'} />
        ) : (
          <main style={{ padding: 24 }}>
            <h1>{t(locale, 'tab.appName')}</h1>
            <p>{t(locale, 'tab.error.notInTeams')}</p>
          </main>
        )}
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

function Shell({ api }: { api: Api }) {
  const styles = useStyles();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [route, setRoute] = useState<Route | null>(null);
  const [attempt, setAttempt] = useState(0);

  const shown = useRef<Route | null>(null);
  shown.current = route;
  const go = useCallback((next: Route) => {
    shown.current = next;
    location.hash = routeToHash(next);
    setRoute(next);
  }, []);
  const guard = useGuardedNavigation(go);
  const { hasUnsavedWork, setPending } = guard;
  const navigate = guard.navigate;

  useEffect(() => {
    // A hash this app just set keeps the route it came from (with what the hash does not carry).
    const follow = () => {
      const current = shown.current;
      if (current && routeToHash(current) === location.hash) return;
      const next = routeFromHash(location.hash);
      if (next && current && hasUnsavedWork()) {
        // The back button on a draft with unsaved work: stay until the person chooses.
        history.replaceState(null, '', routeToHash(current));
        setPending(next);
        return;
      }
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [hasUnsavedWork, setPending]);

  useEffect(() => {
    let live = true;
    setError(null);
    api.send('GET /api/me').then(
      ({ data }) => {
        if (!live) return;
        setMe(data);
        setRoute(
          (current) => current ?? routeFromHash(location.hash) ?? { name: sectionsFor(data)[0]! },
        );
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);

  return (
    <div className={styles.shell}>
      <Header me={me} route={route} onNavigate={navigate} />
      <main className={styles.main} id="main">
        {error ? <ErrorBar error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
        {!me || !route ? (
          error ? null : (
            <Spinner label={<LoadingLabel />} />
          )
        ) : (
          <LeaveGuardProvider value={guard.register}>
            <View api={api} me={me} route={route} onNavigate={navigate} />
          </LeaveGuardProvider>
        )}
        {guard.dialog}
      </main>
    </div>
  );
}

function LoadingLabel() {
  return <>{t(useLocale(), 'tab.loading')}</>;
}

function Header({
  me,
  route,
  onNavigate,
}: {
  me: Me | null;
  route: Route | null;
  onNavigate: (route: Route) => void;
}) {
  const styles = useStyles();
  const locale = useLocale();
  const sections = me ? sectionsFor(me) : [];
  // A person's page belongs to the People section.
  const current = route?.name === 'person' ? 'people' : route?.name;
  const selected = current && sections.includes(current as Section) ? current : undefined;
  const labels: Record<Section, MessageKey> = {
    dashboard: 'tab.nav.dashboard',
    mine: 'tab.nav.mine',
    inbox: 'tab.nav.inbox',
    all: 'tab.nav.all',
    people: 'tab.nav.people',
    guide: 'tab.nav.guide',
  };
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t(locale, 'tab.appName')}</h1>
      {/* Links with aria-current, not a tablist: these are sections of the app, not tab panels. */}
      <nav aria-label={t(locale, 'tab.nav.label')}>
        <ul className={styles.nav}>
          {sections.map((section) => (
            <li key={section}>
              <Button
                appearance="subtle"
                className={section === selected ? styles.current : undefined}
                aria-current={section === selected ? 'page' : undefined}
                onClick={() => onNavigate({ name: section } as Route)}
              >
                {t(locale, labels[section])}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function View({
  api,
  me,
  route,
  onNavigate,
}: {
  api: Api;
  me: Me;
  route: Route;
  onNavigate: (route: Route) => void;
}) {
  const open = (id: string) => onNavigate({ name: 'detail', id });
  switch (route.name) {
    case 'dashboard':
      return <Dashboard api={api} onNavigate={onNavigate} />;
    case 'mine':
      return (
        <OpportunityList api={api} view="mine" me={me} onOpen={open} onNavigate={onNavigate} />
      );
    case 'inbox':
      return (
        <>
          <OpportunityList api={api} view="inbox" me={me} onOpen={open} onNavigate={onNavigate} />
          <OutOfOffice
            api={api}
            delegation={me.delegation}
            deputyFor={me.deputyFor}
            roles={me.roles}
          />
        </>
      );
    case 'all':
      return (
        <OpportunityList
          api={api}
          view="all"
          me={me}
          initialState={route.state}
          onOpen={open}
          onNavigate={onNavigate}
          key={route.state ?? ''}
        />
      );
    case 'guide':
      return <Guide clientGuide={me.clientGuide ?? null} roles={me.roles} />;
    case 'detail':
      return (
        <Detail
          api={api}
          id={route.id}
          submitted={route.submitted === true}
          noticeSending={me.notices.sending}
          onNavigate={onNavigate}
          key={route.id}
        />
      );
    case 'draft':
      return <DraftEditor api={api} id={route.id} onNavigate={onNavigate} key={route.id} />;
    case 'people':
      return me.may.people ? (
        <PeopleList api={api} access={me.may.people} onNavigate={onNavigate} />
      ) : (
        <Guide clientGuide={me.clientGuide ?? null} roles={me.roles} />
      );
    case 'person':
      return me.may.people ? (
        <PersonPage api={api} me={me} id={route.id} onNavigate={onNavigate} key={route.id} />
      ) : (
        <Guide clientGuide={me.clientGuide ?? null} roles={me.roles} />
      );
  }
}
