import type { Page } from 'playwright-core';
import type { Locale } from '../../domain/locale';
import { fieldLabel, t } from '../../domain/messages';
import { formatCents, maxPreTaxCents } from '../../domain/money';
import { people } from '../support/builders';
import { axeViolations, shoot, tabSuite, tabUrl } from './tabServer';

const suite = tabSuite();

async function openDraft(lang: Locale): Promise<Page> {
  const created = await suite.server.call('POST', '/api/opportunities', {
    as: people.author,
    body: { titleEn: 'Money that explains itself' },
  });
  const id = (created.body.record as { id: string }).id;
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => suite.pageErrors.push(error.message));
  await page.goto(tabUrl(suite.server, people.author, { lang, view: `draft/${id}` }));
  await page.getByRole('heading', { name: new RegExp(id) }).waitFor();
  return page;
}

test('typing an amount shows the total including tax and the largest amount before tax for the province, live', async () => {
  const page = await openDraft('en');
  const preview = page.getByTestId('money-preview');
  await preview
    .getByText(
      'Choose the province or territory to see the total including tax and the largest amount before tax.',
    )
    .waitFor();
  await page.getByLabel('Province or territory for tax', { exact: true }).selectOption('NB');
  await page.getByLabel('Value entered', { exact: true }).selectOption('preTax');
  await preview.getByText('Largest amount before tax in NB: $8,695.65').waitFor();

  const amount = page.getByLabel('Value', { exact: true });
  await amount.pressSequentially('8000');
  await preview
    .getByText(
      'Total including tax: $9,200.00 ($8,000.00 before tax + $1,200.00 tax at 15% in NB).',
    )
    .waitFor();
  await preview.getByText('Largest amount before tax in NB: $8,695.65').waitFor();
  await expect(axeViolations(page)).resolves.toEqual([]);
  await shoot(page, 'draft-money-en');

  // One more digit is over the cap, said at once, before anything is saved.
  await amount.fill('9000');
  await preview.getByText('Total including tax: $10,350.00', { exact: false }).waitFor();
  await preview.getByText('That total is over the $10,000.00 limit: lower the amount.').waitFor();

  // The amount sits with its basis and province, not rows away.
  const [amountBox, provinceBox] = await Promise.all([
    amount.boundingBox(),
    page.getByLabel('Province or territory for tax', { exact: true }).boundingBox(),
  ]);
  expect(Math.abs(amountBox!.y - provinceBox!.y)).toBeLessThan(4);
}, 60_000);

test('in French the same money reads in French, for a tax-included amount', async () => {
  const page = await openDraft('fr');
  const preview = page.getByTestId('money-preview');
  await page.getByLabel(fieldLabel('province', 'fr'), { exact: true }).selectOption('ON');
  await page
    .getByLabel(fieldLabel('amountBasis', 'fr'), { exact: true })
    .selectOption('taxIncluded');
  await page
    .getByLabel(fieldLabel('amountCents', 'fr'), { exact: true })
    .pressSequentially('5 650,00');
  const total = t('fr', 'money.total', {
    total: formatCents(565_000, 'fr'),
    preTax: formatCents(500_000, 'fr'),
    tax: formatCents(65_000, 'fr'),
    rate: '13\u00a0%',
    province: 'ON',
  });
  expect(total).toMatch(/^Total taxes comprises/);
  await preview.getByText(total).waitFor();
  await preview
    .getByText(
      t('fr', 'money.maxPreTax', {
        max: formatCents(maxPreTaxCents('ON'), 'fr'),
        cap: formatCents(1_000_000, 'fr'),
        province: 'ON',
      }),
    )
    .waitFor();
  await expect(axeViolations(page)).resolves.toEqual([]);
  await shoot(page, 'draft-money-fr');
}, 60_000);
