import { problem, type Problem } from '../../domain/problems';
import {
  easternDate,
  easternDateTime,
  easternToInstant,
  isCalendarDate,
  isHttpsUrl,
  normaliseInstant,
  readIdentityText,
  readText,
} from '../../domain/text';

/** What a reader returns and the problems it adds, in one value. */
function read(reader: typeof readText, value: unknown, max = 10) {
  const problems: Problem[] = [problem('earlier', 'required')];
  const text = reader('field', value, max, problems);
  return { text, problems: problems.slice(1) };
}

describe('reading untrusted text', () => {
  test('trimmed, with Windows and old Mac line ends made line feeds; tabs stay', () => {
    expect(read(readText, '  a\r\nb\rc\td \n', 20)).toEqual({ text: 'a\nb\nc\td', problems: [] });
  });

  test('anything but a string is the wrong type', () => {
    for (const value of [undefined, null, 3, ['a'], { a: 1 }])
      expect(read(readText, value)).toEqual({
        text: undefined,
        problems: [problem('field', 'wrongType', { expected: 'text' })],
      });
  });

  test.each([
    ['a null', 'a\u0000b'],
    ['a backspace', 'a\u0008b'],
    ['a vertical tab', 'a\u000bb'],
    ['a unit separator', 'a\u001fb'],
    ['a delete', 'a\u007fb'],
    ['a C1 control', 'a\u009fb'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
    ['a left-to-right embedding', 'a\u202ab'],
    ['a right-to-left override', 'a\u202eb'],
    ['a left-to-right isolate', 'a\u2066b'],
    ['a pop directional isolate', 'a\u2069b'],
    ['a noncharacter', 'a\ufdd0b'],
    ['the last of those noncharacters', 'a\ufdefb'],
    ['U+FFFE', 'a\ufffeb'],
    ['U+FFFF', 'a\uffffb'],
    ['a lone surrogate', 'a\ud800b'],
  ])('%s is refused', (_name, value) => {
    expect(read(readText, value)).toEqual({
      text: undefined,
      problems: [problem('field', 'invalidCharacters')],
    });
  });

  test('what is next to those ranges is text', () => {
    for (const value of ['a\tb', 'a\nb', 'a b', 'a~b', 'a\u00a0b', 'a\u2027b', 'a\u202fb', 'é😀'])
      expect(read(readText, value).problems).toEqual([]);
  });

  test('at most `max` characters, counted as a person counts them (an emoji is one)', () => {
    expect(read(readText, 'x'.repeat(10))).toEqual({ text: 'x'.repeat(10), problems: [] });
    expect(read(readText, '😀'.repeat(10)).text).toBe('😀'.repeat(10));
    expect(read(readText, ` ${'x'.repeat(10)} `).text).toBe('x'.repeat(10));
    expect(read(readText, 'x'.repeat(11))).toEqual({
      text: undefined,
      problems: [problem('field', 'tooLong', { max: 10 })],
    });
    expect(read(readText, '😀'.repeat(11)).problems).toEqual([
      problem('field', 'tooLong', { max: 10 }),
    ]);
  });
});

describe('reading a name or an address', () => {
  test('compatibility forms become plain letters, then it is trimmed again', () => {
    expect(read(readIdentityText, 'ｐａｔ', 20)).toEqual({ text: 'pat', problems: [] });
    // A spacing acute accent is a space and a combining accent once normalised.
    expect(read(readIdentityText, '\u00b4pat', 20).text).toBe('\u0301pat');
  });

  test('invisible characters are refused, once, after the rules of any text', () => {
    for (const value of ['pat\u200b', 'p\u00adat', 'p\ufeffat', 'pat\u{e0041}', 'pa\u200dt'])
      expect(read(readIdentityText, value)).toEqual({
        text: undefined,
        problems: [problem('field', 'invalidCharacters')],
      });
    expect(read(readIdentityText, 5).problems).toEqual([
      problem('field', 'wrongType', { expected: 'text' }),
    ]);
  });
});

describe('a web address', () => {
  test('https, a dotted host, no credentials, no spaces', () => {
    expect(isHttpsUrl('https://github.com/example/date-picker')).toBe(true);
    expect(isHttpsUrl('HTTPS://github.com')).toBe(true);
    for (const url of [
      'http://github.com',
      'https://localhost/x',
      'https://user@github.com',
      'https://:secret@github.com',
      'https://git hub.com',
      ' https://github.com',
      'https://github.com\n',
      'https://[::1',
      'javascript:alert(1)',
      'xhttps://github.com',
    ])
      expect(isHttpsUrl(url)).toBe(false);
  });
});

describe('dates and instants', () => {
  test('an instant needs its offset and a real date, and is returned in UTC', () => {
    expect(normaliseInstant('2030-01-15T15:00:00-05:00')).toBe('2030-01-15T20:00:00.000Z');
    expect(normaliseInstant('2030-01-15T20:00Z')).toBe('2030-01-15T20:00:00.000Z');
    expect(normaliseInstant('2030-01-15T23:59:59.5+23:59')).toBe('2030-01-15T00:00:59.500Z');
    for (const text of [
      '2030-01-15T20:00:00',
      '2030-02-30T20:00:00Z',
      '2030-01-15T24:00:00Z',
      '2030-01-15T20:60:00Z',
      '2030-01-15T20:00:60Z',
      '2030-01-15T20:00:00.1234Z',
      '2030-01-15T20:00:00+24:00',
      '2030-01-15 20:00:00Z',
      ' 2030-01-15T20:00:00Z',
      '2030-01-15T20:00:00Zx',
    ])
      expect(normaliseInstant(text)).toBeUndefined();
  });

  test('a calendar date is real and written YYYY-MM-DD', () => {
    for (const date of ['2030-01-15', '2028-02-29', '2030-12-31'])
      expect(isCalendarDate(date)).toBe(true);
    for (const date of [
      '2030-02-29',
      '2030-13-01',
      '2030-00-10',
      '2030-1-15',
      '2030-01-15x',
      'x2030-01-15',
    ])
      expect(isCalendarDate(date)).toBe(false);
  });

  test('the Eastern calendar date of an instant', () => {
    expect(easternDate('2030-01-16T04:59:00.000Z')).toBe('2030-01-15');
    expect(easternDate('2030-01-16T05:00:00.000Z')).toBe('2030-01-16');
    expect(easternDate(Date.parse('2030-07-16T03:59:00.000Z'))).toBe('2030-07-15');
  });

  test('an Eastern wall-clock time as an instant, in winter, in summer and on the changes', () => {
    expect(easternToInstant('2030-01-15', '15:00')).toBe('2030-01-15T20:00:00.000Z');
    expect(easternToInstant('2030-07-15', '15:00:59')).toBe('2030-07-15T19:00:00.000Z');
    // 2030-03-10: 02:00 EST becomes 03:00 EDT; 2030-11-03: 02:00 EDT becomes 01:00 EST.
    expect(easternToInstant('2030-03-10', '01:30')).toBe('2030-03-10T06:30:00.000Z');
    expect(easternToInstant('2030-03-10', '03:30')).toBe('2030-03-10T07:30:00.000Z');
    expect(easternToInstant('2030-11-03', '00:30')).toBe('2030-11-03T04:30:00.000Z');
    expect(easternToInstant('2030-11-03', '03:00')).toBe('2030-11-03T08:00:00.000Z');
    expect(easternToInstant('2030-01-15', '23:59')).toBe('2030-01-16T04:59:00.000Z');
    for (const [date, time] of [
      ['2030-02-30', '10:00'],
      ['2030-01-15', '24:00'],
      ['2030-01-15', '10:60'],
      ['2030-01-15', '9:00'],
      ['2030-01-15', '110:00'],
      ['2030-01-15', 'at 10:00'],
      ['2030-01-15', '10:00:60'],
      ['2030-01-15', '10:00 '],
    ] as const)
      expect(easternToInstant(date, time)).toBeUndefined();
  });

  test('an instant as the Eastern date and time on the clock, the inverse of the above', () => {
    // Seconds are not rounded into the minute: 15:00:45 still reads 15:00.
    expect(easternDateTime('2030-07-15T19:00:45.000Z')).toEqual({
      date: '2030-07-15',
      time: '15:00',
    });
    expect(easternDateTime('2030-01-16T04:59:00.000Z')).toEqual({
      date: '2030-01-15',
      time: '23:59',
    });
    expect(easternDateTime('2030-07-15T19:00:00.000Z')).toEqual({
      date: '2030-07-15',
      time: '15:00',
    });
    expect(easternDateTime('2030-03-10T07:30:00.000Z')).toEqual({
      date: '2030-03-10',
      time: '03:30',
    });
  });
});
