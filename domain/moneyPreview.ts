import type { Locale } from './locale';
import { t } from './messages';
import {
  breakdown,
  capCents,
  formatCents,
  isProvince,
  maxPreTaxCents,
  parseDollars,
  taxBasisPoints,
  type AmountBasis,
  type Province,
} from './money';

/** What a draft's amount means in money, for the lines shown beside it in the tab and on the card. */
export interface MoneyPreview {
  province: Province;
  /** Null until an amount reads as dollars. */
  preTaxCents: number | null;
  taxCents: number | null;
  totalCents: number | null;
  maxPreTaxCents: number;
}

/** Null until a province is chosen: without it the tax, hence the total, is unknown. */
export function moneyPreview(
  amountCents: number | null,
  basis: AmountBasis,
  province: Province | null,
): MoneyPreview | null {
  if (province === null) return null;
  const parts = amountCents === null ? null : breakdown(amountCents, basis, province);
  return {
    province,
    preTaxCents: parts?.preTaxCents ?? null,
    taxCents: parts?.taxCents ?? null,
    totalCents: parts?.totalCents ?? null,
    maxPreTaxCents: maxPreTaxCents(province),
  };
}

/** The same preview from what is typed on the form (`amount`, `amountBasis`, `province`). */
export function moneyPreviewOfForm(values: Readonly<Record<string, string>>): MoneyPreview | null {
  const typed = (values.amount ?? '').trim();
  const cents = typed === '' ? null : parseDollars(typed);
  const basis: AmountBasis = values.amountBasis === 'preTax' ? 'preTax' : 'taxIncluded';
  const province = isProvince(values.province) ? values.province : null;
  // Far past any draft, breakdown refuses the amount; the form's own problem names it.
  return moneyPreview(cents !== null && cents <= capCents * 1000 ? cents : null, basis, province);
}

const percents: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA', { style: 'percent', maximumFractionDigits: 2 }),
  fr: new Intl.NumberFormat('fr-CA', { style: 'percent', maximumFractionDigits: 2 }),
};

/** The preview as sentences in the person's language: the total first, then the largest amount. */
export function describeMoney(preview: MoneyPreview | null, locale: Locale): string[] {
  if (preview === null) return [t(locale, 'money.chooseProvince')];
  const { province } = preview;
  const lines: string[] = [];
  if (preview.totalCents !== null) {
    lines.push(
      t(locale, 'money.total', {
        total: formatCents(preview.totalCents, locale),
        preTax: formatCents(preview.preTaxCents!, locale),
        tax: formatCents(preview.taxCents!, locale),
        rate: percents[locale].format(taxBasisPoints[province] / 10_000),
        province,
      }),
    );
    if (preview.totalCents > capCents)
      lines.push(t(locale, 'money.overCap', { cap: formatCents(capCents, locale) }));
  }
  lines.push(
    t(locale, 'money.maxPreTax', {
      max: formatCents(preview.maxPreTaxCents, locale),
      cap: formatCents(capCents, locale),
      province,
    }),
  );
  return lines;
}
