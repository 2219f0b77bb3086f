import { readFile } from 'node:fs/promises';
import type { Frame, Page } from 'playwright-core';
import { tabLink } from '../../bot/tabLink';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Person } from '../../domain/people';
import { completeFields, people } from '../support/builders';
import { shoot, tabSuite } from './tabServer';

/**
 * The bot's short draft card ends in a Teams deep link (tests/bot/shortCard.test.ts checks the
 * card carries `tabLink`'s link). Here Teams' part is played by a page at Teams' own address:
 * it resolves the link as Teams does (the app's id, the static tab's `entityId` and its
 * `contentUrl` from the app package's manifest), frames the tab, and answers teams-js's
 * messages: `initialize`, `getContext` with the link's `subEntityId`, and `getAuthToken` with a
 * token for the signed-in person. The tab runs as it runs in Teams, not in its development mode.
 */
const teamsAppId = '00000000-0000-4000-8000-000000000abc';
const teamsHost = 'https://teams.microsoft.com/test-host';
/** The app's public address (APP_BASE_URL), answered by the suite.server under test. */
const appBaseUrl = 'https://micro-acquisition.example.gc.ca';

const suite = tabSuite();

interface StaticTab {
  entityId: string;
  contentUrl: string;
}

/** What Teams does with `/l/entity/<app>/<entityId>?context=…`: the tab's page and its context. */
async function resolveDeepLink(
  link: string,
): Promise<{ contentUrl: string; entityId: string; subEntityId: string }> {
  const url = new URL(link);
  const path = /^\/l\/entity\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (url.origin !== 'https://teams.microsoft.com' || !path)
    throw new Error(`not a deep link: ${link}`);
  const [app, entityId] = [decodeURIComponent(path[1]!), decodeURIComponent(path[2]!)];
  const manifest = JSON.parse(await readFile('appPackage/manifest.json', 'utf8')) as {
    id: string;
    staticTabs: StaticTab[];
  };
  expect(manifest.id).toBe('${{TEAMS_APP_ID}}');
  expect(app).toBe(teamsAppId);
  const tab = manifest.staticTabs.find((s) => s.entityId === entityId);
  if (!tab) throw new Error(`no static tab ${entityId} in the manifest`);
  const context = JSON.parse(url.searchParams.get('context') ?? '{}') as { subEntityId?: string };
  return {
    contentUrl: tab.contentUrl.replace('${{APP_BASE_URL}}', appBaseUrl),
    entityId: tab.entityId,
    subEntityId: String(context.subEntityId),
  };
}

/** Opens the link in the stand-in for Teams, signed in as `person`; answers with the tab's frame. */
async function openInTeams(
  link: string,
  person: Person,
  options: { locale?: Locale; theme?: 'default' | 'dark' | 'contrast' } = {},
): Promise<{ page: Page; tab: Frame; asked: string[] }> {
  const { contentUrl, entityId, subEntityId } = await resolveDeepLink(link);
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  const asked: string[] = [];
  await page.exposeFunction('teamsToken', () => suite.server.signer.sign(person.id));
  await page.exposeFunction('teamsAsked', (func: string) => asked.push(func));
  await page.route(`${teamsHost}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage }),
  );
  // The app's address leads to the suite.server under test, headers and all, as a front door would.
  await page.route(`${appBaseUrl}/**`, async (route) => {
    const asked = new URL(route.request().url());
    const response = await route.fetch({
      url: `${suite.server.url}${asked.pathname}${asked.search}`,
    });
    await route.fulfill({ response });
  });
  const hostContext = {
    locale: options.locale === 'fr' ? 'fr-CA' : 'en-CA',
    theme: options.theme ?? 'default',
    entityId,
    subEntityId,
    userObjectId: person.id,
    userPrincipalName: person.email,
    tid: 'tenant',
    appSessionId: 'session-1',
    frameContext: 'content',
    hostClientType: 'web',
  };
  await page.goto(
    `${teamsHost}?${new URLSearchParams({ src: contentUrl, context: JSON.stringify(hostContext) })}`,
  );
  const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
  if (!frame) throw new Error('the tab did not load in its frame');
  return { page, tab: frame, asked };
}

/** The stand-in for Teams: frames the tab and answers what teams-js asks of its host. */
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0">
<iframe id="tab" title="Micro-Acquisition" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  const params = new URLSearchParams(location.search);
  const context = JSON.parse(params.get('context'));
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: { lifecycle: {} },
      appInitialization: {},
      authentication: {},
      pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
      teamsCore: {},
    },
  };
  const frame = document.getElementById('tab');
  window.addEventListener('message', async (event) => {
    if (event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || typeof message.func !== 'string') return;
    window.teamsAsked(message.func);
    const reply = (args) => frame.contentWindow.postMessage({ id: message.id, args }, '*');
    if (message.func === 'initialize')
      reply(['content', 'web', JSON.stringify(runtime), '2.58.0']);
    else if (message.func === 'getContext') reply([context]);
    else if (message.func === 'authentication.getAuthToken') reply([true, await window.teamsToken()]);
  });
  frame.src = params.get('src');
</script>
</body></html>`;

async function aCompleteDraft(): Promise<string> {
  const created = await suite.server.call('POST', '/api/opportunities', {
    as: people.author,
    body: {
      ...completeFields({ cardholderId: people.cardholder.id }),
      titleEn: 'Finish in the tab',
    },
  });
  return (created.body.record as { id: string }).id;
}

test("the short card's deep link opens the draft in the tab inside Teams, signed in, and the author submits it there", async () => {
  const id = await aCompleteDraft();
  const link = tabLink({ teamsAppId, pageUrl: 'unused' }, `draft/${id}`);
  const { page, tab, asked } = await openInTeams(link, people.author);

  // The draft the link names, not the tab's first view, opened with Teams' token.
  await tab.getByRole('heading', { name: new RegExp(id) }).waitFor();
  expect(asked).toEqual(
    expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']),
  );
  // Teams mode: no development identity picker.
  await expect(tab.getByLabel('Signed in as').count()).resolves.toBe(0);
  await expect(tab.getByLabel('Title (English)', { exact: true }).inputValue()).resolves.toBe(
    'Finish in the tab',
  );

  await tab.getByRole('button', { name: 'Submit for approval' }).click();
  await tab
    .getByText('Submitted. It now waits for Megan Cardholder (cardholder) to approve the funds.')
    .waitFor();
  expect((await suite.server.storage.opportunities.get(id))!.state).toBe('awaitingFunds');
  await shoot(page, 'deep-link-submitted');
}, 60_000);

test('in French, the same link opens the draft in French', async () => {
  const id = await aCompleteDraft();
  const link = tabLink({ teamsAppId, pageUrl: 'unused' }, `draft/${id}`);
  const { tab } = await openInTeams(link, people.author, { locale: 'fr' });
  await tab.getByRole('heading', { name: new RegExp(id) }).waitFor();
  await tab.getByRole('button', { name: t('fr', 'tab.draft.submit') }).waitFor();
}, 60_000);
