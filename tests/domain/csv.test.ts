import fc from 'fast-check';
import { csvDocument, csvField, neutralise } from '../../domain/csv';
import { parseCsv } from '../support/csv';

describe('CSV for Excel', () => {
  test.each([
    [
      '=HYPERLINK("http://evil.example","Click")',
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    ],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('a cell that would start a formula is neutralised: %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  test('ordinary text, numbers and empty cells are left as they are', () => {
    expect(csvField('Sélecteur de date accessible')).toBe('Sélecteur de date accessible');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
  });

  test('quotes, commas and line breaks are quoted with quotes doubled (RFC 4180)', () => {
    expect(csvField('Tom "the coder", Inc.')).toBe('"Tom ""the coder"", Inc."');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  test('a document starts with the byte-order mark and ends every record with CRLF', () => {
    const text = csvDocument(['Occasion', 'Titre'], [['MA-2026-0001', 'Un, deux']]);
    expect(text).toBe('\uFEFFOccasion,Titre\r\nMA-2026-0001,"Un, deux"\r\n');
  });

  test('any table reads back as written, formulas neutralised', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('=', '+', '-', '@', '"', ',', '\r\n'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const header = Array.from({ length: width }, (_, i) => `column ${i}`);
          const text = csvDocument(header, rows);
          expect(text.startsWith('\uFEFF')).toBe(true);
          const read = parseCsv(text.slice(1));
          expect(read).toEqual([header, ...rows.map((r) => r.map(neutralise))]);
          // No cell read back begins a formula.
          for (const row of read.slice(1))
            for (const value of row) expect(/^[=+\-@\t\r]/.test(value)).toBe(false);
        },
      ),
    );
  });
});
