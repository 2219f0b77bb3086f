/** Where the tab is, so a card can open one of its views (docs/bot.md, "The short draft card"). */
export interface TabAddress {
  /** The Teams app's id (the manifest's `id`, TEAMS_APP_ID); null when none is configured. */
  teamsAppId: string | null;
  /** The tab's page on this server, opened in a browser when there is no Teams app id. */
  pageUrl: string;
}

/** The personal tab's `entityId` in appPackage/manifest.json. */
export const tabEntityId = 'micro-acquisition';

/** The development server's tab, for a bot made without an address (tests, the Playground). */
export const developmentTab: TabAddress = {
  teamsAppId: null,
  pageUrl: 'http://127.0.0.1:3978/tab/index.html',
};

/**
 * A link that opens the tab on a view (`draft/MA-2026-0001`, the tab's own hash routes): a Teams
 * deep link to the personal tab whose `subEntityId` names the view, which the tab reads on start;
 * without a Teams app id, the tab's page with the view in its hash.
 */
export function tabLink(tab: TabAddress, view: string): string {
  if (!tab.teamsAppId) return `${tab.pageUrl}#${view}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: view }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(tab.teamsAppId)}/${tabEntityId}?context=${context}`;
}
