import type { Browser, Page } from 'playwright-core';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import {
  anApplicant,
  closedOpportunities,
  evaluateAll,
  walkOn,
  type ClosedOpportunity,
} from '../api/afterPostingFixtures';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
const pageErrors: string[] = [];
let toEvaluate: ClosedOpportunity;
let toDeliver: ClosedOpportunity;
let firstWin: ClosedOpportunity;
let held: ClosedOpportunity;
let nobody: ClosedOpportunity;
let twoTabs: ClosedOpportunity;
let inFrench: ClosedOpportunity;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTabServer(), launchChromium()]);
  const { storage } = server;
  const repeat = anApplicant('Twice');
  const fixtures = await closedOpportunities(storage, [
    { applicants: [anApplicant('Ada'), anApplicant('Bob')], fields: { fundCentre: 'FC-UI1' } },
    { applicants: [anApplicant('Carol')], fields: { fundCentre: 'FC-UI2' } },
    { applicants: [repeat], fields: { fundCentre: 'FC-UI3', titleEn: 'Part one' } },
    { applicants: [repeat], fields: { fundCentre: 'FC-UI3', titleEn: 'Part two' } },
    { applicants: [anApplicant('Dan')], fields: { fundCentre: 'FC-UI4' } },
    { applicants: [anApplicant('Erin')], fields: { fundCentre: 'FC-UI5' } },
    { applicants: [anApplicant('Frank')], fields: { fundCentre: 'FC-UI6' } },
  ]);
  [toEvaluate, toDeliver, firstWin, held, nobody, twoTabs, inFrench] = fixtures as [
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
    ClosedOpportunity,
  ];
  for (const fixture of [toDeliver, firstWin, held]) await evaluateAll(storage, fixture, true);
  await walkOn(storage, toDeliver, 'awarded');
  await walkOn(storage, firstWin, 'awarded');
}, 150_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function openDetail(
  person: Person,
  id: string,
  options: { lang?: 'en' | 'fr' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { lang: options.lang, view: `detail/${id}` }));
  return page;
}

const applicantSection = (page: Page, n: number, count: number) =>
  page.getByRole('region', { name: new RegExp(`^Applicant ${n} of ${count}`) });

async function mark(page: Page, n: number, count: number, pass: boolean, why: string) {
  const section = applicantSection(page, n, count);
  await section.getByRole('radio', { name: pass ? 'Pass' : 'Fail' }).check();
  await section.getByRole('textbox', { name: /Why, for criterion 1/ }).fill(why);
  await section.getByRole('button', { name: `Save applicant ${n}` }).click();
  await section.getByText(`Applicant ${n} evaluated.`).waitFor();
}

test('the author evaluates anonymous applicants, draws, and only then sees who won, and what each applicant was sent', async () => {
  const { id } = toEvaluate.record;
  const page = await openDetail(people.author, id);
  await applicantSection(page, 2, 2).waitFor();
  // The notices so far (receipts, the closing) are on the page too, and name nobody either.
  await page.getByText('Applications closed, 2 suppliers: 2 queued', { exact: true }).waitFor();
  // Before the award nothing on the page names an applicant or gives their number.
  const before = await page.content();
  for (const applicant of toEvaluate.applicants)
    for (const text of [applicant.name, applicant.email, applicant.businessName])
      expect(before).not.toContain(text);
  for (const confirmation of toEvaluate.confirmations) expect(before).not.toContain(confirmation);

  await applicantSection(page, 1, 2).getByRole('button', { name: 'Save applicant 1' }).click();
  await page.getByText('Evaluation, item 1, pass or fail: required.').waitFor();
  await page.getByText('Evaluation, item 1, rationale: required.').waitFor();
  await expect(page.getByRole('button', { name: 'Draw and award' }).isDisabled()).resolves.toBe(
    true,
  );
  await shoot(page, 'evaluate-problems');

  await mark(page, 1, 2, true, 'Links to two shipped pickers.');
  await mark(page, 2, 2, false, 'No example of shipped work.');
  await page.getByText('Passed every criterion', { exact: true }).waitFor();
  const stored = (await server.storage.opportunities.get(id))!;
  expect(stored.evaluations).toEqual({
    [stored.applications[0]!]: [true],
    [stored.applications[1]!]: [false],
  });
  await page.getByRole('button', { name: 'Draw and award' }).click();
  await page.getByText('Done: award. The opportunity is now “Awarded”.').waitFor();

  const winner = toEvaluate.applicants[toEvaluate.confirmations.indexOf(stored.applications[0]!)]!;
  const loser = toEvaluate.applicants.find((a) => a !== winner)!;
  const award = page.getByRole('region', { name: 'The award' });
  await award.getByText(winner.email).waitFor();
  await award.getByText(winner.name, { exact: true }).waitFor();
  expect(await page.content()).not.toContain(loser.email);
  // The outcome leads, in words; the draw's evidence waits behind a disclosure.
  await expect(award.getByTestId('award-outcome').textContent()).resolves.toBe(
    `${winner.name} is awarded the contract: theirs was the only application that passed every criterion.`,
  );
  const check = award.getByText('How to check the draw');
  const commitment = award.getByText('Commitment (published at closing)');
  await expect(commitment.isVisible()).resolves.toBe(false);
  await expect(award.getByText(/SHA-256|modulo/).isVisible()).resolves.toBe(false);
  await shoot(page, 'award');
  await check.click();
  await commitment.waitFor();
  await award.getByText(/^Nobody could choose or change the result\./).waitFor();
  await award.getByText(stored.applications[0]!, { exact: true }).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await shoot(page, 'award-draw-details');

  // No letters to copy: each applicant was e-mailed their result, and the tab says what was sent.
  await award.getByText(/Each applicant is e-mailed their result in their language/).waitFor();
  const notices = page.getByRole('region', { name: 'Notices to suppliers' });
  for (const line of [
    'Results — selected, 1 supplier: 1 queued',
    'Results — did not pass, 1 supplier: 1 queued',
  ])
    await notices.getByText(line, { exact: true }).waitFor();
  await expect(page.getByRole('button', { name: /^Copy the/ }).count()).resolves.toBe(0);
  expect(await page.content()).not.toContain(loser.email);
}, 60_000);

test('delivery, acceptance and payment: problems beside their fields, then each step goes through', async () => {
  const { id } = toDeliver.record;
  const author = await openDetail(people.author, id);
  const url = author.getByRole('textbox', { name: /Delivered work URL/ });
  await url.fill('http://example.com/work');
  await author.getByRole('button', { name: 'Record the delivery' }).click();
  await author.getByText('Delivered work URL: must be an https:// address.').waitFor();
  await url.fill('https://github.com/example/date-picker/pull/3');
  await author.getByRole('button', { name: 'Record the delivery' }).click();
  await author
    .getByText('Done: record the delivery. The opportunity is now “Delivered”.')
    .waitFor();

  await author.getByRole('button', { name: 'Accept the work' }).click();
  await author.getByText('Acceptance check, item 1, note: required.').waitFor();
  await author
    .getByText(/Acceptance check, item 1, met or not: this criterion is not met/)
    .waitFor();
  await author
    .getByText('Certification (FAA section 34): you must confirm this to continue.')
    .waitFor();
  await shoot(author, 'accept-problems');
  // One check per acceptance criterion: functional, quality and security.
  for (const n of [1, 2, 3]) {
    await author.getByRole('checkbox', { name: `Criterion ${n} is met` }).check();
    await author
      .getByRole('textbox', { name: new RegExp(`How you checked criterion ${n}`) })
      .fill(`Checked criterion ${n}.`);
  }
  await author.getByRole('checkbox', { name: /I certify that the work was performed/ }).check();
  await author.getByRole('button', { name: 'Accept the work' }).click();
  await author.getByText('Done: accept the work. The opportunity is now “Accepted”.').waitFor();
  await expect(author.getByRole('button', { name: 'Record the payment' }).count()).resolves.toBe(0);

  const cardholder = await openDetail(people.cardholder, id);
  const amount = cardholder.getByRole('textbox', { name: /Amount paid, tax included/ });
  await amount.waitFor();
  await expect(amount.inputValue()).resolves.toBe('9993.50');
  await amount.fill('10,000.00');
  await cardholder.getByRole('textbox', { name: /Reference/ }).fill('TX-2026-17');
  await cardholder.getByRole('button', { name: 'Record the payment' }).click();
  await cardholder.getByText('Amount paid: more than the committed amount ($9,993.50).').waitFor();
  await amount.fill('about nine thousand');
  await cardholder.getByRole('button', { name: 'Record the payment' }).click();
  await cardholder
    .getByText('Amount paid: expected an amount in dollars, like 8,690.00.')
    .waitFor();
  await shoot(cardholder, 'payment-problems');
  await amount.fill('9,993.50');
  await cardholder.getByRole('radio', { name: 'PayPal' }).check();
  await cardholder.getByRole('button', { name: 'Record the payment' }).click();
  await cardholder.getByText('Done: record the payment. The opportunity is now “Paid”.').waitFor();
  await cardholder
    .getByText(/^Paid \$9,993\.50 on \d{4}-\d{2}-\d{2} by PayPal, reference TX-2026-17\.$/)
    .waitFor();
  expect((await server.storage.opportunities.get(id))!.payment).toMatchObject({
    method: 'paypal',
    amountCents: 999_350,
    reference: 'TX-2026-17',
  });
}, 60_000);

test('a held award: the author is told why, a procurement officer sees the splitting details and releases it with a reason', async () => {
  const { id } = held.record;
  const author = await openDetail(people.author, id);
  await author.getByRole('button', { name: 'Draw and award' }).click();
  await author.getByText(/The award is held by the contract-splitting rule/).waitFor();
  await expect(author.getByText('Twice Person').count()).resolves.toBe(0);

  const procurement = await openDetail(people.procurement, id);
  await procurement
    .getByText(/already won from fund centre FC-UI3 in the last 12 months, for \$9,993\.50/)
    .waitFor();
  await procurement.getByRole('button', { name: firstWin.record.id }).waitFor();
  expect(await procurement.content()).not.toMatch(/Twice Person|twice@example\.com/);
  await procurement.getByRole('button', { name: 'Release the award' }).click();
  await procurement.getByText('Reason: required.').waitFor();
  await shoot(procurement, 'held-problems');
  await procurement
    .getByRole('textbox', { name: /Reason for releasing/ })
    .fill('Two separate products, confirmed with the client.');
  await procurement.getByRole('button', { name: 'Release the award' }).click();
  await procurement
    .getByText('Done: release the held award. The opportunity is now “Awarded”.')
    .waitFor();

  await author.reload();
  await author.getByText('twice@example.com').waitFor();
  await author
    .getByText('Released by procurement: Two separate products, confirmed with the client.')
    .waitFor();

  // At the next posting approval from that fund centre, both earlier ones sit beside the decision.
  const next = await anOpportunityIn(server.storage, 'awaitingProcurement', {
    fields: { fundCentre: 'FC-UI3', titleEn: 'Part three' },
  });
  const approving = await openDetail(people.procurement, next.id);
  const history = approving.getByRole('region', { name: 'Fund centre FC-UI3: the last 12 months' });
  await history.getByRole('button', { name: firstWin.record.id }).waitFor();
  await history.getByRole('button', { name: held.record.id }).waitFor();
  await history.getByText('Other opportunities: $19,987.00. With this one: $29,980.50.').waitFor();
  await history.getByText(/Together they pass \$10,000\.00/).waitFor();
  await approving.getByRole('button', { name: 'Approve posting' }).waitFor();
  await shoot(approving, 'fund-centre-history');
}, 60_000);

test('when nobody passes the author is told to cancel, and the cancel form needs a reason', async () => {
  const { id } = nobody.record;
  const page = await openDetail(people.author, id);
  await mark(page, 1, 1, false, 'No example given.');
  await page
    .getByText(/No application passed every criterion, so there is no one to award/)
    .waitFor();
  await expect(page.getByRole('button', { name: 'Draw and award' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Cancel the opportunity' }).click();
  await page.getByText('Reason: required.').waitFor();
  await page
    .getByRole('textbox', { name: /Reason for cancelling/ })
    .fill('Nobody met the criteria.');
  await page.getByRole('button', { name: 'Cancel the opportunity' }).click();
  await page
    .getByRole('alertdialog', { name: `Cancel ${id}?` })
    .getByRole('button', { name: 'Yes, cancel it' })
    .click();
  await page.getByText('Done: cancel. The opportunity is now “Cancelled”.').waitFor();
  await page.getByText('Reason for cancelling: Nobody met the criteria.').waitFor();
}, 60_000);

test('two tabs evaluating: the later save is refused as stale and works once the current version is loaded', async () => {
  const { id } = twoTabs.record;
  const first = await openDetail(people.author, id);
  const second = await openDetail(people.author, id);
  await applicantSection(second, 1, 1).waitFor();
  await mark(first, 1, 1, true, 'First look.');
  const section = applicantSection(second, 1, 1);
  await section.getByRole('radio', { name: 'Fail' }).check();
  await section.getByRole('textbox', { name: /Why, for criterion 1/ }).fill('Second look.');
  await section.getByRole('button', { name: 'Save applicant 1' }).click();
  await section
    .getByText(/The opportunity changed since you opened it\. Nothing was saved\./)
    .waitFor();
  expect((await server.storage.opportunities.get(id))!.evaluations).toEqual({
    [twoTabs.record.applications[0]!]: [true],
  });
  await section.getByRole('button', { name: 'Load the current version' }).click();
  await section.getByText('Passed every criterion', { exact: true }).waitFor();
  await section.getByRole('button', { name: 'Save applicant 1' }).click();
  await section.getByText('Applicant 1 evaluated.').waitFor();
  expect((await server.storage.opportunities.get(id))!.evaluations).toEqual({
    [twoTabs.record.applications[0]!]: [false],
  });
}, 60_000);

test('the steps after posting in French', async () => {
  const page = await openDetail(people.author, inFrench.record.id, { lang: 'fr' });
  await page.getByRole('heading', { name: 'Évaluer les candidatures' }).waitFor();
  const section = page.getByRole('region', { name: /^Candidat 1 sur 1/ });
  await section.getByRole('button', { name: 'Enregistrer le candidat 1' }).click();
  await section.getByText('Évaluation, élément 1, réussite ou échec : obligatoire.').waitFor();
  await section.getByRole('radio', { name: 'Réussite' }).check();
  await section
    .getByRole('textbox', { name: /Justification pour l’énoncé 1/ })
    .fill('Deux composants livrés.');
  await section.getByRole('button', { name: 'Enregistrer le candidat 1' }).click();
  await section.getByText('Candidat 1 évalué.').waitFor();
  await page.getByRole('button', { name: 'Faire le tirage et attribuer' }).click();
  await page.getByText(/Chaque candidat reçoit son résultat par courriel dans sa langue/).waitFor();
  await page
    .getByRole('region', { name: 'Avis aux fournisseurs' })
    .getByText('Résultats — retenu, 1 fournisseur\u00a0: 1 en attente', { exact: true })
    .waitFor();
  await shoot(page, 'award-fr');
}, 60_000);

test('the author publishes an addendum to a posted opportunity, in both languages', async () => {
  const posted = await anOpportunityIn(server.storage, 'posted');
  const page = await openDetail(people.author, posted.id);
  await page.getByRole('textbox', { name: /Addendum in English/ }).fill('The repository moved.');
  await page.getByRole('button', { name: 'Publish the addendum' }).click();
  await page.getByText('French text: required.').first().waitFor();
  expect((await server.storage.opportunities.get(posted.id))!.addenda).toEqual([]);
  await page.getByRole('textbox', { name: /Addendum in French/ }).fill('Le dépôt a déménagé.');
  await page.getByRole('button', { name: 'Publish the addendum' }).click();
  await page.getByText(/Done: add an addendum/).waitFor();
  const record = (await server.storage.opportunities.get(posted.id))!;
  expect(record).toMatchObject({ state: 'posted' });
  expect(record.addenda.map((a) => [a.en, a.fr])).toEqual([
    ['The repository moved.', 'Le dépôt a déménagé.'],
  ]);
  // Only the author may: the cardholder sees no addendum form.
  const other = await openDetail(people.cardholder, posted.id);
  await other.getByRole('heading', { name: new RegExp(posted.id) }).waitFor();
  await expect(other.getByRole('button', { name: 'Publish the addendum' }).count()).resolves.toBe(
    0,
  );
}, 60_000);
