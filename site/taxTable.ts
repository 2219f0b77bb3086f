import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { formatCents, maxPreTaxCents, provinces, taxBasisPoints } from '../domain/money';

/**
 * The client guide's budget table, from the same rates the draft's total uses: one row per tax
 * rate, with the provinces and territories it applies to and the largest amount before tax that
 * stays within $10,000.00 taxes included. Written as Markdown for the `{taxTable}` token.
 */
export function taxTableMarkdown(locale: Locale): string {
  const rates = [...new Set(provinces.map((p) => taxBasisPoints[p]))].sort((a, b) => a - b);
  const percent = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    style: 'percent',
    maximumFractionDigits: 2,
  });
  const rows = rates.map((rate) => {
    const where = provinces.filter((p) => taxBasisPoints[p] === rate);
    return `| ${percent.format(rate / 10_000)} | ${where.join(', ')} | ${formatCents(maxPreTaxCents(where[0]!), locale)} |`;
  });
  return [
    `| ${t(locale, 'site.tax.rate')} | ${t(locale, 'site.tax.where')} | ${t(locale, 'site.tax.largest')} |`,
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}
