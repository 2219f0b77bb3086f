import { app, authentication } from '@microsoft/teams-js';
import { localeFromTag, type Locale } from '../../domain/locale';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** Where the tab runs: inside Teams (SSO tokens) or a plain browser against a development server. */
export type Host =
  | {
      kind: 'teams';
      locale: Locale;
      theme: ThemeName;
      getToken(): Promise<string>;
      onThemeChange(listener: (theme: ThemeName) => void): void;
      /** The view a deep link asked for (its `subEntityId`, e.g. `draft/MA-2026-0001`). */
      startView?: string;
    }
  | { kind: 'development'; people: DevPerson[] }
  | { kind: 'unavailable' };

export interface DevPerson {
  id: string;
  name: string;
  roles: string[];
  locale: Locale;
}

export function themeFromTeams(theme: string | undefined): ThemeName {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
}

/** Teams answers at once when it hosts the tab; a plain browser rejects ("No Parent window found"). */
async function initializeTeams(timeoutMs: number): Promise<boolean> {
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}

export async function detectHost(): Promise<Host> {
  if (await initializeTeams(4_000)) {
    const context = await app.getContext();
    app.notifySuccess();
    return {
      kind: 'teams',
      locale: localeFromTag(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      ...(context.page.subPageId ? { startView: context.page.subPageId } : {}),
      // Teams caches and renews the token itself; asking on every call is what it expects.
      getToken: () => authentication.getAuthToken(),
      onThemeChange: (listener) =>
        app.registerOnThemeChangeHandler((theme) => listener(themeFromTeams(theme))),
    };
  }
  // The development identity picker exists only when the server runs in development.
  try {
    const response = await fetch('/api/dev/people');
    if (!response.ok) return { kind: 'unavailable' };
    const body = (await response.json()) as { people: DevPerson[] };
    return { kind: 'development', people: body.people };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** A fresh development token for each call, as Teams would hand one. */
export async function devToken(personId: string): Promise<string> {
  const response = await fetch('/api/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`development token refused (${response.status})`);
  return ((await response.json()) as { token: string }).token;
}
