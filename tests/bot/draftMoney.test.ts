import { t } from '../../domain/messages';
import { formatCents, maxPreTaxCents } from '../../domain/money';
import { people } from '../support/builders';
import { cardOf, invoke, message, startBot, textOf, type BotHarness } from '../support/teams';

describe('the draft card shows what the saved amount makes, renewed on every Save', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
    expect((await h.post(message(people.cardholder, h.connector.url, 'help'))).status).toBe(200);
  });
  afterAll(() => h.close());

  test('after Save: the total including tax and the largest amount before tax for the stored province', async () => {
    const url = h.connector.url;
    const first = textOf(
      cardOf(
        (
          await h.post(
            invoke(people.author, url, 'saveDraft', {
              nonce: 'money-nonce',
              titleEn: 'Money on the card',
              amount: '8,000.00',
              amountBasis: 'preTax',
            }),
          )
        ).body,
      ),
    );
    // No province yet: the card says what is needed instead of guessing a tax.
    expect(first).toContain(
      'Choose the province or territory to see the total including tax and the largest amount before tax.',
    );
    expect(first).not.toContain('Total including tax');
    const id = /MA-\d{4}-\d{4}/.exec(first)![0];

    const withProvince = textOf(
      cardOf(
        (
          await h.post(
            invoke(people.author, url, 'saveDraft', {
              opportunityId: id,
              version: (await h.storage.opportunities.get(id))!.version,
              amount: '8,000.00',
              amountBasis: 'preTax',
              province: 'NB',
            }),
          )
        ).body,
      ),
    );
    expect(withProvince).toContain(
      'Total including tax: $9,200.00 ($8,000.00 before tax + $1,200.00 tax at 15% in NB).',
    );
    expect(withProvince).toContain('Largest amount before tax in NB: $8,695.65');

    // In French, for the province saved now.
    const french = textOf(
      cardOf(
        (
          await h.post(
            invoke(
              people.author,
              url,
              'saveDraft',
              {
                opportunityId: id,
                version: (await h.storage.opportunities.get(id))!.version,
                amount: '5 650,00',
                amountBasis: 'taxIncluded',
                province: 'ON',
              },
              { locale: 'fr-CA' },
            ),
          )
        ).body,
      ),
    );
    expect(french).toContain(
      t('fr', 'money.total', {
        total: formatCents(565_000, 'fr'),
        preTax: formatCents(500_000, 'fr'),
        tax: formatCents(65_000, 'fr'),
        rate: '13\u00a0%',
        province: 'ON',
      }),
    );
    expect(french).toContain(
      t('fr', 'money.maxPreTax', {
        max: formatCents(maxPreTaxCents('ON'), 'fr'),
        cap: formatCents(1_000_000, 'fr'),
        province: 'ON',
      }),
    );
  });
});
