import fc from 'fast-check';
import { breakdown, capCents, formatCents, maxPreTaxCents } from '../../domain/money';
import { describeMoney, moneyPreview, moneyPreviewOfForm } from '../../domain/moneyPreview';
import { basisArb, draftAmountArb, provinceArb } from '../support/domainArbitraries';

describe('the money shown beside a draft’s amount', () => {
  test('what is typed reads as the saved amount would: the same parts as breakdown', () => {
    fc.assert(
      fc.property(draftAmountArb, basisArb, provinceArb, (cents, basis, province) => {
        const typed = (cents / 100).toFixed(2);
        const preview = moneyPreviewOfForm({ amount: typed, amountBasis: basis, province });
        const parts = breakdown(cents, basis, province);
        expect(preview).toEqual({ province, ...parts, maxPreTaxCents: maxPreTaxCents(province) });
        expect(preview).toEqual(moneyPreview(cents, basis, province));
      }),
    );
  });

  test('no province: no total, and the person is told what to choose; no amount: only the largest', () => {
    expect(moneyPreviewOfForm({ amount: '8000' })).toBeNull();
    expect(describeMoney(null, 'fr')).toEqual([
      'Choisissez la province ou le territoire pour voir le total taxes comprises et le montant maximal avant taxes.',
    ]);
    for (const amount of ['', 'eight thousand', '9'.repeat(30)]) {
      const lines = describeMoney(moneyPreviewOfForm({ amount, province: 'NS' }), 'en');
      expect(lines).toEqual([
        `Largest amount before tax in NS: ${formatCents(maxPreTaxCents('NS'), 'en')} (the total including tax stays within $10,000.00).`,
      ]);
    }
  });

  test('a total over the cap says so; one at the cap does not', () => {
    const atCap = describeMoney(moneyPreview(maxPreTaxCents('NB'), 'preTax', 'NB'), 'en');
    expect(atCap.join(' ')).not.toContain('over the');
    const over = describeMoney(moneyPreview(maxPreTaxCents('NB') + 1, 'preTax', 'NB'), 'en');
    expect(over[1]).toBe('That total is over the $10,000.00 limit: lower the amount.');
  });

  test('the total line names the parts and the rate, in each language', () => {
    expect(describeMoney(moneyPreview(1_000_00, 'preTax', 'NB'), 'en')[0]).toBe(
      'Total including tax: $1,150.00 ($1,000.00 before tax + $150.00 tax at 15% in NB).',
    );
    expect(describeMoney(moneyPreview(1_000_00, 'preTax', 'QC'), 'fr')[0]).toBe(
      'Total taxes comprises\u00a0: 1\u00a0050,00\u00a0$ (1\u00a0000,00\u00a0$ avant taxes + 50,00\u00a0$ de taxes à 5\u00a0% en QC).',
    );
  });

  test('an amount far past any draft is not broken down, up to a thousand times the cap it is', () => {
    const typed = (amount: string) =>
      moneyPreviewOfForm({ amount, amountBasis: 'preTax', province: 'ON' })?.totalCents;
    expect(typed('10,000,000')).toBe(breakdown(capCents * 1000, 'preTax', 'ON').totalCents);
    expect(typed('10,000,000.01')).toBeNull();
    expect(typed('20,000,000,000')).toBeNull();
    expect(moneyPreviewOfForm({ province: 'ON' })).toEqual(moneyPreview(null, 'preTax', 'ON'));
  });
});
