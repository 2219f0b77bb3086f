import { problem, type Problem } from './problems';

/**
 * Tab and line feed are text. Other control characters, lone surrogates, bidirectional overrides
 * (they can make a title read differently from what it says), line separators and
 * noncharacters are not.
 */
const invalidCharacters =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/u;

/** Reads an untrusted string: trims it, normalises line ends, bounds its length. */
export function readText(
  field: string,
  value: unknown,
  max: number,
  problems: Problem[],
): string | undefined {
  if (typeof value !== 'string') {
    problems.push(problem(field, 'wrongType', { expected: 'text' }));
    return undefined;
  }
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (invalidCharacters.test(text)) {
    problems.push(problem(field, 'invalidCharacters'));
    return undefined;
  }
  if (text.length > max && [...text].length > max) {
    problems.push(problem(field, 'tooLong', { max }));
    return undefined;
  }
  return text;
}

/**
 * Characters that render as nothing or change how neighbours render (zero-width spaces and joiners,
 * soft hyphens, byte-order marks, tags): in a name or an address they make two look the same.
 */
const invisibleCharacters = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/**
 * Reads a name or an e-mail address, what tells one person from another: as `readText`, then NFKC
 * (fullwidth and compatibility forms become the plain letters), and nothing invisible.
 */
export function readIdentityText(
  field: string,
  value: unknown,
  max: number,
  problems: Problem[],
): string | undefined {
  const text = readText(field, value, max, problems)?.normalize('NFKC').trim();
  if (text === undefined) return undefined;
  if (invisibleCharacters.test(text)) {
    problems.push(problem(field, 'invalidCharacters'));
    return undefined;
  }
  return text;
}

export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\/[^\s]+$/i.test(text)) return false;
  try {
    const url = new URL(text);
    return (
      url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

const isoInstant =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO 8601 instant with an explicit offset, returned in UTC; undefined if it is not one. */
export function normaliseInstant(text: string): string | undefined {
  const match = isoInstant.exec(text);
  if (!match || !isCalendarDate(match[1]!)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The calendar date of an instant in Eastern time, YYYY-MM-DD. */
// Formatters are costly to build and safe to share: each is built once.
const easternDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const easternClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

export function easternDate(instant: string | number | Date): string {
  return easternDay.format(new Date(instant));
}

function easternOffsetMinutes(instant: number): number {
  const parts = easternClock.formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * A wall-clock date and time in Eastern time (what a person types) as an instant in UTC.
 * Undefined when either part is malformed.
 */
export function easternToInstant(date: string, time: string): string | undefined {
  const hm = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(time);
  if (!isCalendarDate(date) || !hm) return undefined;
  const wall = Date.parse(`${date}T${hm[1]}:${hm[2]}:00.000Z`);
  // The offset at the wall time read as UTC is right except within hours of a DST change; one more step settles it.
  let instant = wall - easternOffsetMinutes(wall) * 60_000;
  instant = wall - easternOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as the date and time a person in Eastern time reads on the clock. */
export function easternDateTime(instant: string): { date: string; time: string } {
  const at = Date.parse(instant);
  const local = new Date(at + easternOffsetMinutes(at) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
