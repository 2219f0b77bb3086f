import type { Browser, Page } from 'playwright-core';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { ApiServer } from '../api/apiServer';
import { launchChromium } from '../support/browser';
import { people } from '../support/builders';
import { anOpportunityIn } from '../support/storageHelpers';
import { axeViolations, shoot, startTabServer, tabUrl } from './tabServer';

let server: ApiServer;
let browser: Browser;
/** Questions answered and declined by the tests below. */
let record: Opportunity;
/** Questions left waiting, for the read-only and accessibility views. */
let untouched: Opportunity;
const pageErrors: string[] = [];
/** How far ahead of the questions' own time the API reads them, to make them wait a day. */
let apiClockAhead = 0;

async function ask(on: Opportunity, question: string, language: 'en' | 'fr' = 'en') {
  const outcome = await server.storage.questions.ask(
    on.id,
    { question, email: 'robin@example.com' },
    language,
  );
  if (outcome.kind !== 'received') throw new Error(JSON.stringify(outcome));
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTabServer({ clock: () => new Date(Date.now() + apiClockAhead) }),
    launchChromium(),
  ]);
  record = await anOpportunityIn(server.storage, 'posted', { fields: { titleEn: 'Questions' } });
  untouched = await anOpportunityIn(server.storage, 'posted', { fields: { titleEn: 'Waiting' } });
  await ask(record, 'Can we use Python 3.12?');
  await ask(record, 'Puis-je postuler en équipe?', 'fr');
  await ask(untouched, 'Is the repository public?');
  await ask(untouched, 'Quel est le délai?', 'fr');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

async function openDetail(
  person: Person,
  id: string,
  options: { lang?: 'en' | 'fr'; theme?: 'light' | 'dark' | 'contrast' } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  // A step that never comes fails at that step, well inside the test's own limit.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(tabUrl(server, person, { ...options, view: `detail/${id}` }));
  return page;
}

const panelOf = (page: Page, name = 'Questions from suppliers') =>
  page.getByRole('region', { name });
const questionWith = (page: Page, text: string) =>
  page.getByRole('region', { name: /^Question \d+ (of|sur) \d+$/ }).filter({ hasText: text });
const stored = async (id = record.id) => (await server.storage.opportunities.get(id))!;

test('the author answers a question from the tab: every problem beside its field first, nothing sent, then the answer stored and shown', async () => {
  const page = await openDetail(people.author, record.id);
  const panel = panelOf(page);
  await panel.getByText('Can we use Python 3.12?').waitFor();
  const question = questionWith(page, 'Can we use Python 3.12?');
  await question.getByText('Waiting for an answer').waitFor();
  await question.getByText('English', { exact: true }).waitFor();

  const before = await stored();
  await question
    .getByRole('textbox', { name: 'Question as published (English)' })
    .fill('May the work use Python 3.12?');
  await question.getByRole('textbox', { name: 'Answer (French)' }).fill('x'.repeat(2_001));
  await question.getByRole('button', { name: 'Answer question 1' }).click();
  await question.getByText('Question as published (French): required.').waitFor();
  await question.getByText('Answer (English): required.').waitFor();
  await question.getByText('Answer (French): at most 2000 characters.').waitFor();
  await question.getByText('3 fields need attention.').waitFor();
  // What was typed stays; nothing was sent.
  await expect(
    question.getByRole('textbox', { name: 'Question as published (English)' }).inputValue(),
  ).resolves.toBe('May the work use Python 3.12?');
  expect((await stored()).version).toBe(before.version);
  await shoot(page, 'questions-problems');

  await question
    .getByRole('textbox', { name: 'Question as published (French)' })
    .fill('Le travail peut-il utiliser Python 3.12?');
  await question
    .getByRole('textbox', { name: 'Answer (English)' })
    .fill('Yes: any supported version.');
  await question
    .getByRole('textbox', { name: 'Answer (French)' })
    .fill('Oui : toute version prise en charge.');
  await question.getByRole('button', { name: 'Answer question 1' }).click();
  await question.getByText(/^Answered on /).waitFor();
  await question.getByText('Oui : toute version prise en charge.').waitFor();
  expect(await question.getByRole('textbox').count()).toBe(0);
  await page.getByText('Done: answer a question.').waitFor();
  const after = await stored();
  expect(after.answers).toEqual([
    expect.objectContaining({
      questionEn: 'May the work use Python 3.12?',
      questionFr: 'Le travail peut-il utiliser Python 3.12?',
      answerEn: 'Yes: any supported version.',
      answerFr: 'Oui : toute version prise en charge.',
    }),
  ]);
  // The other question still waits, with its form.
  await expect(
    questionWith(page, 'Puis-je postuler en équipe?').getByRole('button').count(),
  ).resolves.toBe(2);
});

test('the author declines a question in French: the reason is required beside it, then the question shows as declined', async () => {
  const page = await openDetail(people.author, record.id, { lang: 'fr' });
  const panel = panelOf(page, 'Questions des fournisseurs');
  await panel.getByText('Puis-je postuler en équipe?').waitFor();
  const question = questionWith(page, 'Puis-je postuler en équipe?');
  await question.getByText('En attente de réponse').waitFor();
  const before = await stored();
  await question.getByRole('button', { name: /^Refuser la question/ }).click();
  await question.getByText(/^Motif\s:\sobligatoire\.$/).waitFor();
  expect((await stored()).version).toBe(before.version);
  await question
    .getByRole('textbox', { name: 'Motif du refus (non publié)' })
    .fill('La réponse est dans le texte de l’occasion.');
  await question.getByRole('button', { name: /^Refuser la question/ }).click();
  await question.getByText(/^Refusée le /).waitFor();
  await question.getByText('La réponse est dans le texte de l’occasion.').waitFor();
  const after = await stored();
  expect(after.declinedQuestions).toHaveLength(1);
  expect(after.answers).toHaveLength(1);
});

test('a procurement officer reads the questions and their status, with nothing to answer; the cardholder sees no panel', async () => {
  const page = await openDetail(people.procurement, record.id);
  const panel = panelOf(page);
  await panel
    .getByText('Suppliers asked these on the public page; the author answers them.')
    .waitFor();
  await questionWith(page, 'Can we use Python 3.12?')
    .getByText(/^Answered on /)
    .waitFor();
  await questionWith(page, 'Puis-je postuler en équipe?')
    .getByText(/^Declined on /)
    .waitFor();
  expect(await panel.getByRole('textbox').count()).toBe(0);
  expect(await panel.getByRole('button').count()).toBe(0);
  expect(await panel.textContent()).not.toContain('robin@example.com');

  const waiting = await openDetail(people.procurement, untouched.id);
  await questionWith(waiting, 'Is the repository public?')
    .getByText('Waiting for an answer')
    .waitFor();
  expect(await panelOf(waiting).getByRole('textbox').count()).toBe(0);

  const cardholder = await openDetail(people.cardholder, record.id);
  await cardholder
    .getByRole('heading', { name: /Timeline|Historique/ })
    .first()
    .waitFor();
  expect(await panelOf(cardholder).count()).toBe(0);
});

test('a question waiting past one business day is flagged to the author and the officers; an answered one is not', async () => {
  const flag = 'Waiting more than a day: suppliers need the answer before closing.';
  const now = await openDetail(people.author, untouched.id);
  await questionWith(now, 'Is the repository public?').getByText('Waiting for an answer').waitFor();
  expect(await panelOf(now).getByText(flag).count()).toBe(0);
  // From here on (the accessibility runs too) the API reads the questions a week later: past one
  // business day whatever today is (weekends and holidays do not count).
  apiClockAhead = 7 * 24 * 3_600_000;
  for (const person of [people.author, people.procurement]) {
    const later = await openDetail(person, untouched.id);
    await questionWith(later, 'Is the repository public?').getByText(flag).waitFor();
    await questionWith(later, 'Quel est le délai?').getByText(flag).waitFor();
  }
  const settled = await openDetail(people.procurement, record.id);
  await questionWith(settled, 'Can we use Python 3.12?')
    .getByText(/^Answered on /)
    .waitFor();
  expect(await panelOf(settled).getByText(flag).count()).toBe(0);
  const french = await openDetail(people.author, untouched.id, { lang: 'fr' });
  await questionWith(french, 'Quel est le délai?')
    .getByText(/^En attente depuis plus d’un jour/)
    .waitFor();
});

test.each(['light', 'dark', 'contrast'] as const)(
  'axe finds no WCAG 2.1 AA violation on the Questions panel in English and French, %s theme',
  async (theme) => {
    const found: Record<string, string[]> = {};
    for (const lang of ['en', 'fr'] as const) {
      const heading = lang === 'en' ? 'Questions from suppliers' : 'Questions des fournisseurs';
      const author = await openDetail(people.author, untouched.id, { lang, theme });
      const question = questionWith(author, 'Is the repository public?');
      await question.getByRole('button').first().click();
      await question
        .getByText(lang === 'en' ? /required/ : /obligatoire/)
        .first()
        .waitFor();
      found[`author-${lang}`] = await axeViolations(author);
      await shoot(author, `questions-author-${lang}-${theme}`);
      const reader = await openDetail(people.procurement, record.id, { lang, theme });
      await panelOf(reader, heading).getByText('Can we use Python 3.12?').waitFor();
      found[`reader-${lang}`] = await axeViolations(reader);
      await shoot(reader, `questions-reader-${lang}-${theme}`);
    }
    expect(found).toEqual({ 'author-en': [], 'reader-en': [], 'author-fr': [], 'reader-fr': [] });
  },
  120_000,
);
