import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Person, Role } from '../../domain/people';
import { people } from '../support/builders';
import { axeViolations, shoot, tabSuite, tabUrl } from './tabServer';

const suite = tabSuite();

const { admin, manager, author } = people;

async function openTab(person: Person, options: Parameters<typeof tabUrl>[2] = {}): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  // A Playwright error that names what it waited for, before the test's own time runs out.
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, person, options));
  return page;
}

/** Someone of the tenant, registered by their own first request, as in production. */
async function aNewcomer(name = `Newcomer ${randomUUID().slice(0, 6)}`): Promise<Person> {
  const id = randomUUID();
  const token = await suite.server.signer.sign(id, {
    name,
    preferred_username: `${name.replace(/\W+/g, '.').toLowerCase()}@example.gc.ca`,
  });
  expect((await suite.server.call('GET', '/api/me', { token })).status).toBe(200);
  return (await suite.server.storage.people.get(id))!;
}

/** A role change through the API, as another admin's tab would send it. */
async function changeRoles(
  target: Person,
  change: { grant?: Role[]; revoke?: Role[] },
  as: Person = admin,
): Promise<void> {
  const version = (await suite.server.storage.people.record(target.id))!.version;
  const answer = await suite.server.call('POST', `/api/people/${target.id}/roles`, {
    as,
    body: { ...change, reason: 'Done elsewhere' },
    headers: { 'if-match': `"${version}"` },
  });
  expect(answer.status).toBe(200);
}

const nav = (page: Page) => page.getByRole('navigation');
const rolesPanel = (page: Page, lang: 'en' | 'fr' = 'en') =>
  page.getByRole('region', { name: lang === 'en' ? 'Roles' : 'Rôles', exact: true });
const storedRoles = async (person: Person) =>
  (await suite.server.storage.people.get(person.id))!.roles;

async function openPerson(page: Page, person: Person): Promise<void> {
  await nav(page).getByRole('button', { name: 'People' }).click();
  await page.getByLabel('Search by name or e-mail').fill(person.name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('button', { name: person.name }).click();
  await page.getByRole('heading', { name: person.name, level: 2 }).waitFor();
}

test('an admin grants a role with a reason; the page, the timeline and the list show it', async () => {
  const newcomer = await aNewcomer('Grace Granted');
  const page = await openTab(admin);
  await openPerson(page, newcomer);
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe(
    'Current roles: client',
  );

  // The reason is required, as on the server: nothing is sent without it.
  await page.getByRole('checkbox', { name: 'cardholder' }).check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await page.getByText('Reason: required.').waitFor();
  await expect(storedRoles(newcomer)).resolves.toEqual(['client']);

  await rolesPanel(page)
    .getByLabel(/^Reason/)
    .fill('Holds the branch acquisition card');
  await page.getByRole('button', { name: 'Save roles' }).click();
  await page
    .getByText(/Roles saved \(version \d+\)\. Current roles: client, cardholder\./)
    .waitFor();
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe(
    'Current roles: client, cardholder',
  );
  await page.getByText('Granted: cardholder').waitFor();
  await page.getByText('Holds the branch acquisition card').waitFor();
  await expect(storedRoles(newcomer)).resolves.toEqual(['client', 'cardholder']);
  await shoot(page, 'people-granted');

  await page.getByRole('button', { name: 'Back to People' }).click();
  await page.getByTestId(`person-${author.id}`).waitFor();
  await page.getByLabel('Filter by role').selectOption('cardholder');
  await page.getByTestId(`person-${author.id}`).waitFor({ state: 'detached' });
  const row = page.getByTestId(`person-${newcomer.id}`);
  await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('client, cardholder');
  await expect(page.getByRole('button', { name: people.cardholder.name }).count()).resolves.toBe(1);
});

test('a manager reads the list and a person’s page, with nothing to change', async () => {
  const newcomer = await aNewcomer('Mona Readonly');
  const page = await openTab(manager);
  await nav(page).getByRole('button', { name: 'People' }).click();
  await page.getByText('You can read this list. Only an administrator can change roles.').waitFor();
  await openPerson(page, newcomer);
  await page.getByText('Current roles: client').waitFor();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Save roles' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Deactivate…' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Back to People' }).click();
  await page.getByRole('heading', { name: 'People', level: 2 }).waitFor();
  await expect(page.getByRole('button', { name: 'Send invitation' }).count()).resolves.toBe(0);
});

test('a client and a cardholder do not see People, even by its address', async () => {
  for (const person of [author, people.cardholder]) {
    const page = await openTab(person, { view: 'people' });
    await page.getByRole('heading', { name: 'Separation of duties' }).waitFor();
    await expect(nav(page).getByRole('button', { name: 'People' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'People' }).count()).resolves.toBe(0);
  }
});

test('an admin’s own page says another admin must change their roles', async () => {
  const page = await openTab(admin, { view: `person/${admin.id}` });
  await page.getByText(/These are your own roles/).waitFor();
  await expect(page.getByRole('button', { name: 'Save roles' }).count()).resolves.toBe(0);
});

test('someone changed the person first: told who, the current roles shown, nothing overwritten', async () => {
  const newcomer = await aNewcomer('Stella Stale');
  const page = await openTab(admin);
  await openPerson(page, newcomer);
  await changeRoles(newcomer, { grant: ['manager'] });

  await page.getByRole('checkbox', { name: 'cardholder' }).check();
  await rolesPanel(page)
    .getByLabel(/^Reason/)
    .fill('Card for the team');
  await page.getByRole('button', { name: 'Save roles' }).click();
  await page
    .getByRole('alert')
    .getByText(/Patti Admin changed this person at .*Nothing was changed/)
    .waitFor();
  await page.getByText('The roles shown are now the current ones; your reason is kept.').waitFor();
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe(
    'Current roles: client, manager',
  );
  await expect(page.getByRole('checkbox', { name: 'manager' }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('checkbox', { name: 'cardholder' }).isChecked()).resolves.toBe(false);
  await expect(
    rolesPanel(page)
      .getByLabel(/^Reason/)
      .inputValue(),
  ).resolves.toBe('Card for the team');
  await expect(storedRoles(newcomer)).resolves.toEqual(['client', 'manager']);

  // Saved again on the version now shown, the grant goes through.
  await page.getByRole('checkbox', { name: 'cardholder' }).check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await page.getByText(/Current roles: client, manager, cardholder\./).waitFor();
  await shoot(page, 'people-stale');
});

test('a rule refuses (no longer an admin): the French message, and nothing changes', async () => {
  const newcomer = await aNewcomer('Rémi Refusé');
  const secondAdmin = await aNewcomer('Sam Second');
  await changeRoles(secondAdmin, { grant: ['admin'] });
  const page = await openTab(admin, { lang: 'fr', view: `person/${newcomer.id}` });
  await page.getByRole('heading', { name: newcomer.name, level: 2 }).waitFor();
  // While the page is open, another admin makes them a manager, who may read People but not change it.
  await changeRoles(admin, { grant: ['manager'], revoke: ['admin'] }, secondAdmin);
  try {
    await page.getByRole('checkbox', { name: 'gestionnaire' }).check();
    await rolesPanel(page, 'fr')
      .getByLabel(/^Motif/)
      .fill('Supervise l’équipe');
    await page.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await page
      .getByRole('alert')
      .getByText('Seul un administrateur peut modifier des rôles. Rien n’a été modifié.')
      .waitFor();
    await expect(storedRoles(newcomer)).resolves.toEqual(['client']);
    await shoot(page, 'people-refused-fr');
  } finally {
    await changeRoles(admin, { grant: ['admin'], revoke: ['manager'] }, secondAdmin);
  }
});

test('an invitation: problems beside the fields first, then it waits in the list', async () => {
  const page = await openTab(admin, { view: 'people' });
  await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText('User principal name (work e-mail): required.').waitFor();
  await page.getByText('Roles to grant: at least 1 needed.').waitFor();

  const invite = page.getByRole('region', { name: 'Invite someone' });
  await invite.getByLabel(/^User principal name/).fill('New.Hire@example.gc.ca');
  await invite.getByRole('checkbox', { name: 'procurement officer (CFOB)' }).check();
  await invite.getByLabel(/^Reason/).fill('Joins CFOB on Monday');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await page
    .getByText(
      'Invitation saved: New.Hire@example.gc.ca gets procurement officer (CFOB) on their first contact.',
    )
    .waitFor();
  await page
    .getByText(/^New\.Hire@example\.gc\.ca: procurement officer \(CFOB\)\. Invited by Patti Admin/)
    .waitFor();
  await expect(suite.server.storage.people.invitations()).resolves.toEqual([
    expect.objectContaining({ roles: ['procurement'], reason: 'Joins CFOB on Monday' }),
  ]);
});

test('deactivation asks first, then every role goes and the timeline says so', async () => {
  const leaver = await aNewcomer('Leo Leaving');
  await changeRoles(leaver, { grant: ['cardholder'] });
  const page = await openTab(admin, { view: `person/${leaver.id}` });
  const panel = page.getByRole('region', { name: 'Deactivate' });
  await panel.getByLabel(/^Reason/).fill('Left the department');
  await panel.getByRole('button', { name: 'Deactivate…' }).click();
  await page.getByText(/Deactivate Leo Leaving\? Every role goes \(client, cardholder\)/).waitFor();

  // "Keep" changes nothing.
  await page.getByRole('button', { name: 'Keep Leo Leaving' }).click();
  await expect(storedRoles(leaver)).resolves.toEqual(['client', 'cardholder']);

  await panel.getByRole('button', { name: 'Deactivate…' }).click();
  await page.getByRole('button', { name: 'Yes, deactivate Leo Leaving' }).click();
  await page.getByText('Leo Leaving is deactivated. Granting a role brings them back.').waitFor();
  await expect(page.getByTestId('current-roles').textContent()).resolves.toBe(
    'Current roles: No role',
  );
  await page.getByText('Every role went: client, cardholder').waitFor();
  await expect(storedRoles(leaver)).resolves.toEqual([]);
});

test('a long list comes 50 at a time with Load more', async () => {
  for (let n = 0; n < 52; n++) await aNewcomer(`Pager ${String(n).padStart(2, '0')}`);
  const page = await openTab(admin, { view: 'people' });
  await page.getByLabel('Search by name or e-mail').fill('pager');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText('50 shown').waitFor();
  await page.getByRole('button', { name: 'Load more' }).click();
  await page.getByText('52 shown').waitFor();
  await expect(page.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
});

describe('accessibility', () => {
  let target: Person;
  beforeAll(async () => {
    target = await aNewcomer('Axel Access');
    await changeRoles(target, { grant: ['cardholder'] });
  });

  /** The list and a person's page for an admin (with problems shown) and a manager. */
  const views = (lang: 'en' | 'fr') =>
    [
      ['people', admin, 'people', lang === 'en' ? 'Invite someone' : 'Inviter quelqu’un'],
      [
        'person',
        admin,
        `person/${target.id}`,
        lang === 'en' ? 'Save roles' : 'Enregistrer les rôles',
      ],
      ['person-read', manager, `person/${target.id}`, lang === 'en' ? 'Timeline' : 'Historique'],
    ] as const;

  test.each([
    ['light', 'en'],
    ['dark', 'en'],
    ['contrast', 'en'],
    ['light', 'fr'],
    ['dark', 'fr'],
    ['contrast', 'fr'],
  ] as const)(
    'axe finds no WCAG 2.1 AA violation in People, %s theme, %s',
    async (theme, lang) => {
      const context = await suite.browser.newContext({ viewport: { width: 1100, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => suite.pageErrors.push(error.message));
      const found: Record<string, string[]> = {};
      for (const [name, person, view, ready] of views(lang)) {
        await page.goto(tabUrl(suite.server, person, { theme, lang, view }));
        await page.getByText(ready).first().waitFor();
        if (name === 'person') {
          // With the problems and the deactivation question on screen.
          await page.getByRole('checkbox').nth(3).check();
          await page.getByRole('button', { name: ready }).click();
          await page.locator('[aria-invalid="true"]').first().waitFor();
          const deactivate = lang === 'en' ? 'Deactivate' : 'Désactiver';
          const panel = page.getByRole('region', { name: deactivate, exact: true });
          await panel.getByRole('textbox').fill('Axe');
          await panel.getByRole('button', { name: `${deactivate}…` }).click();
          await page
            .getByRole('button', { name: new RegExp(target.name) })
            .first()
            .waitFor();
        }
        found[name] = await axeViolations(page);
        await shoot(page, `people-${name}-${theme}-${lang}`);
      }
      expect(found).toEqual(Object.fromEntries(views(lang).map(([name]) => [name, []])));
      await context.close();
    },
    90_000,
  );
});
