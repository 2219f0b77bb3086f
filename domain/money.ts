import type { Locale } from './locale';

/** The micro-acquisition ceiling: $10,000.00 including tax, in cents. */
export const capCents = 1_000_000;

export const provinces = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type Province = (typeof provinces)[number];

export function isProvince(value: unknown): value is Province {
  return typeof value === 'string' && (provinces as readonly string[]).includes(value);
}

/**
 * Sales tax a federal department pays, in basis points: HST where the province harmonised,
 * GST (5 %) elsewhere. Provincial sales taxes (PST, QST) do not apply to the federal Crown
 * (Constitution Act, 1867, s.125). Nova Scotia's HST is 14 % since 2025-04-01.
 */
export const taxBasisPoints: Readonly<Record<Province, number>> = {
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
};

export type AmountBasis = 'preTax' | 'taxIncluded';

/** Far above any draft; keeps a × b exact in double precision (2 × 10¹² × 11,500 < 2⁵³). */
const maxAmountCents = 1_000_000_000_000;

export interface Breakdown {
  preTaxCents: number;
  taxCents: number;
  totalCents: number;
}

/** a × b ÷ c rounded half up, in exact integer arithmetic for the magnitudes used here. */
function mulDivRound(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/** Splits an amount entered before tax or tax-included into its parts; they always add up. */
export function breakdown(amountCents: number, basis: AmountBasis, province: Province): Breakdown {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0 || amountCents > maxAmountCents) {
    throw new RangeError(
      `amount must be an integer of cents from 0 to ${maxAmountCents}, got ${amountCents}`,
    );
  }
  const bp = taxBasisPoints[province];
  if (basis === 'preTax') {
    const taxCents = taxOn(amountCents, bp);
    return { preTaxCents: amountCents, taxCents, totalCents: amountCents + taxCents };
  }
  const preTaxCents = mulDivRound(amountCents, 10_000, 10_000 + bp);
  return { preTaxCents, taxCents: amountCents - preTaxCents, totalCents: amountCents };
}

/** The tax on a pre-tax amount at `bp` basis points, rounded half up to the cent. */
function taxOn(preTaxCents: number, bp: number): number {
  return mulDivRound(preTaxCents, bp, 10_000);
}

/** The largest pre-tax amount whose tax-included total stays within the cap ($8,695.65 at 15 %). */
export function maxPreTaxCents(province: Province): number {
  return maxPreTaxCentsAt(taxBasisPoints[province]);
}

/**
 * The same at any rate, in basis points. The estimate, rounded half up, overshoots the cap by a cent
 * at some rates (2.40 % is the first; none of today's) and never falls short: one step back suffices.
 */
export function maxPreTaxCentsAt(bp: number): number {
  const estimate = mulDivRound(capCents, 10_000, 10_000 + bp);
  return estimate + taxOn(estimate, bp) > capCents ? estimate - 1 : estimate;
}

const currencyFormats: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' }),
  fr: new Intl.NumberFormat('fr-CA', { style: 'currency', currency: 'CAD' }),
};

export function formatCents(cents: number, locale: Locale): string {
  return currencyFormats[locale].format(cents / 100);
}

/** Reads "8,690.00", "8690", "8 690,50 $" into cents; null when it is not an amount. */
export function parseDollars(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f$]/g, '').replace(/CAD$/i, '');
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = Number(match[1]!.replace(/,/g, ''));
  const fraction = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : null;
}
