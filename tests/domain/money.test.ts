import fc from 'fast-check';
import { completenessProblems } from '../../domain/completeness';
import {
  breakdown,
  capCents,
  formatCents,
  maxPreTaxCents,
  maxPreTaxCentsAt,
  parseDollars,
  provinces,
  taxBasisPoints,
} from '../../domain/money';
import { beforeClosing, completeFields, people } from '../support/builders';
import { anyAmountArb, basisArb, draftAmountArb, provinceArb } from '../support/domainArbitraries';

/** a × b ÷ c rounded half up, in BigInt: the reference the float arithmetic must match. */
function exactRound(a: number, b: number, c: number): number {
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
}

describe('tax rates', () => {
  test('HST where harmonised (NS 14 % since April 2025, ON 13 %), GST 5 % elsewhere', () => {
    expect(taxBasisPoints).toEqual({
      AB: 500,
      BC: 500,
      MB: 500,
      NB: 1500,
      NL: 1500,
      NS: 1400,
      NT: 500,
      NU: 500,
      ON: 1300,
      PE: 1500,
      QC: 500,
      SK: 500,
      YT: 500,
    });
  });
});

describe('breakdown', () => {
  test('the pilot figure: 8,690.00 before 15 % HST is 1,303.50 of tax and 9,993.50 in all', () => {
    expect(breakdown(869_000, 'preTax', 'NB')).toEqual({
      preTaxCents: 869_000,
      taxCents: 130_350,
      totalCents: 999_350,
    });
    expect(breakdown(869_000, 'preTax', 'NB').totalCents).toBeLessThanOrEqual(capCents);
  });

  test('10,000.00 tax included in Ontario is 8,849.56 before 13 % HST', () => {
    expect(breakdown(1_000_000, 'taxIncluded', 'ON')).toEqual({
      preTaxCents: 884_956,
      taxCents: 115_044,
      totalCents: 1_000_000,
    });
  });

  test('half a cent of tax rounds up: 10 cents at 5 % is 1 cent', () => {
    expect(breakdown(10, 'preTax', 'AB').taxCents).toBe(1);
    expect(breakdown(9, 'preTax', 'AB').taxCents).toBe(0);
  });

  test.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])(
    'refuses %p cents rather than guess',
    (amount) => {
      expect(() => breakdown(amount, 'preTax', 'ON')).toThrow(RangeError);
    },
  );

  test('amounts past 10¹² cents, negative or fractional are refused rather than rounded wrongly', () => {
    for (const amount of [1_000_000_000_001, Number.MAX_SAFE_INTEGER, -1, 1.5]) {
      expect(() => breakdown(amount, 'preTax', 'ON')).toThrow(RangeError);
    }
  });

  test('the parts always add up, whatever the amount, basis and province', () => {
    fc.assert(
      fc.property(anyAmountArb, basisArb, provinceArb, (amount, basis, province) => {
        const b = breakdown(amount, basis, province);
        expect(b.preTaxCents + b.taxCents).toBe(b.totalCents);
        expect(b[basis === 'preTax' ? 'preTaxCents' : 'totalCents']).toBe(amount);
        for (const part of [b.preTaxCents, b.taxCents, b.totalCents]) {
          expect(Number.isInteger(part)).toBe(true);
          expect(part).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test('tax is rounded half up exactly, for every amount a draft may hold', () => {
    fc.assert(
      fc.property(draftAmountArb, basisArb, provinceArb, (amount, basis, province) => {
        const bp = taxBasisPoints[province];
        const b = breakdown(amount, basis, province);
        expect([b.preTaxCents, b.taxCents, b.totalCents].every(Number.isSafeInteger)).toBe(true);
        if (basis === 'preTax') expect(b.taxCents).toBe(exactRound(amount, bp, 10_000));
        else expect(b.preTaxCents).toBe(exactRound(amount, 10_000, 10_000 + bp));
      }),
      { numRuns: 2_000 },
    );
  });

  test('a tax-included amount and its pre-tax part agree within a cent', () => {
    fc.assert(
      fc.property(draftAmountArb, provinceArb, (amount, province) => {
        const { preTaxCents } = breakdown(amount, 'taxIncluded', province);
        const back = breakdown(preTaxCents, 'preTax', province).totalCents;
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('maxPreTaxCents', () => {
  test('is 8,695.65 at 15 %, as its comment says', () => {
    expect(maxPreTaxCents('NB')).toBe(869_565);
  });

  test.each(provinces)('in %s it is the largest pre-tax amount within the cap', (province) => {
    const largest = maxPreTaxCents(province);
    expect(breakdown(largest, 'preTax', province).totalCents).toBeLessThanOrEqual(capCents);
    expect(breakdown(largest + 1, 'preTax', province).totalCents).toBeGreaterThan(capCents);
  });
});

describe('the cap as completeness applies it', () => {
  const overCap = (
    amountCents: number,
    basis: 'preTax' | 'taxIncluded',
    province: (typeof provinces)[number],
  ) =>
    completenessProblems(completeFields({ amountCents, amountBasis: basis, province }), {
      authorId: people.author.id,
      now: beforeClosing,
      cardholder: people.cardholder,
    }).some((p) => p.code === 'overCap');

  test('any amount it accepts is within 10,000.00 including tax, and any it refuses is not', () => {
    fc.assert(
      fc.property(draftAmountArb, basisArb, provinceArb, (amount, basis, province) => {
        const total = breakdown(amount, basis, province).totalCents;
        expect(overCap(amount, basis, province)).toBe(total > capCents);
      }),
      { numRuns: 2_000 },
    );
  });

  test('near the cap: a pre-tax amount is accepted exactly when it is at most maxPreTaxCents', () => {
    fc.assert(
      fc.property(provinceArb, fc.integer({ min: -200, max: 200 }), (province, delta) => {
        const amount = maxPreTaxCents(province) + delta;
        expect(overCap(amount, 'preTax', province)).toBe(delta > 0);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('parseDollars', () => {
  test.each([
    ['8,690.00', 869_000],
    ['8690', 869_000],
    ['8 690,50 $', 869_050],
    ['8\u00a0690,50\u00a0$', 869_050],
    ['$8,690.5', 869_050],
    ['9,993.50 CAD', 999_350],
    ['0.05', 5],
    ['1,234,567.89', 123_456_789],
  ])('%p is %i cents', (text, cents) => {
    expect(parseDollars(text)).toBe(cents);
  });

  test.each(['abc', '', '$', '-5', '8.690,50', '1.234', '12,34,56', '1e4', '8,690.00.00'])(
    '%p is not an amount',
    (text) => {
      expect(parseDollars(text)).toBeNull();
    },
  );

  test('reads back what formatCents writes, in English and in French', () => {
    fc.assert(
      fc.property(
        draftAmountArb,
        fc.constantFrom('en' as const, 'fr' as const),
        (cents, locale) => {
          expect(parseDollars(formatCents(cents, locale))).toBe(cents);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  test('never returns more cents than a safe integer holds', () => {
    expect(parseDollars('99999999999999999')).toBeNull();
  });
});

describe('maxPreTaxCentsAt', () => {
  test('at every rate from 0 to 100 %, it is the largest pre-tax amount within the cap', () => {
    const totalAt = (preTax: number, bp: number) => preTax + exactRound(preTax, bp, 10_000);
    // 2.40 % is the first rate where the rounded estimate overshoots the cap by a cent.
    expect(maxPreTaxCentsAt(240)).toBe(976_562);
    for (let bp = 0; bp <= 10_000; bp += 1) {
      const largest = maxPreTaxCentsAt(bp);
      expect(totalAt(largest, bp)).toBeLessThanOrEqual(capCents);
      expect(totalAt(largest + 1, bp)).toBeGreaterThan(capCents);
    }
  });
});

describe('what breakdown and parseDollars refuse', () => {
  test('the error names the amount refused and the range accepted', () => {
    expect(() => breakdown(-1, 'preTax', 'ON')).toThrow(
      new RangeError('amount must be an integer of cents from 0 to 1000000000000, got -1'),
    );
  });

  test('CAD is read only after the amount: letters inside it are not an amount', () => {
    expect(parseDollars('86CAD90')).toBeNull();
    expect(parseDollars('8,690.00 cad')).toBe(869_000);
  });
});
