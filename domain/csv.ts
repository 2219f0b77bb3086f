/**
 * CSV for Excel: RFC 4180 (CRLF between records, a field quoted when it holds a quote, a comma
 * or a line break, its quotes doubled), UTF-8 with a byte-order mark so Excel reads the accents.
 */

export type CsvValue = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

/** A text that would start a formula gets a leading apostrophe: Excel shows it as text. */
export function neutralise(text: string): string {
  return formulaStarts.some((start) => text.startsWith(start)) ? `'${text}` : text;
}

/** One field: numbers as they are (never negative here), text neutralised, then quoted if needed. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte-order mark, the header row, then one record per row. */
export function csvDocument(
  header: readonly string[],
  rows: ReadonlyArray<readonly CsvValue[]>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
