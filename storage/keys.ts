/**
 * Table Storage keys forbid `/ \ # ?` and control characters and hold at most 1 KiB.
 * Every key is encoded here and nowhere else: those characters, `%` itself and lone
 * surrogates become `%XX` or `%uXXXX`, so any string round-trips.
 */
const maxKeyLength = 512; // 1 KiB of UTF-16

function needsEscape(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x25 || // %
    code === 0x2f || // /
    code === 0x5c || // \
    code === 0x23 || // #
    code === 0x3f || // ?
    code === 0x2028 || // line and paragraph separators end a line inside a batch request
    code === 0x2029
  );
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

export class KeyError extends Error {}

export function encodeKey(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!;
        i++;
        continue;
      }
      out += `%u${hex(code, 4)}`;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += `%u${hex(code, 4)}`;
    else if (needsEscape(code)) out += code > 0xff ? `%u${hex(code, 4)}` : `%${hex(code, 2)}`;
    else out += value[i];
  }
  if (out.length > maxKeyLength) {
    throw new KeyError(
      `a key may hold at most ${maxKeyLength} characters once encoded, this one has ${out.length}`,
    );
  }
  return out;
}

export function decodeKey(key: string): string {
  return key.replace(
    /%u([0-9A-F]{4})|%([0-9A-F]{2})/g,
    (_, wide: string | undefined, narrow: string | undefined) =>
      String.fromCharCode(parseInt((wide ?? narrow)!, 16)),
  );
}

export const headRowKey = 'head';
const eventPrefix = 'event-';

/** A partition's event rows have the row keys in [eventRowsFrom, eventRowsTo). */
export const eventRowsFrom = eventPrefix;
export const eventRowsTo = 'event.';

/** Zero-padded so that row keys sort in version order. */
export function eventRowKey(version: number): string {
  return `${eventPrefix}${String(version).padStart(10, '0')}`;
}

/** Denials sort after events and never collide with them. */
export function denialRowKey(at: string, nonce: string): string {
  return `refused-${at}-${nonce}`;
}
