import type { TableEntity } from '@azure/data-tables';

/** Azure's limits (Azurite does not enforce them, so we do, before the SDK is called). */
export const limits = {
  customProperties: 252,
  stringChars: 32_767,
  entityBytes: 1024 * 1024,
  keyChars: 512,
} as const;

/** Operations an entity-group transaction may hold (one partition, at most 4 MiB). */
export const maxOperations = 100;

/** Long JSON is split over properties `name_0`, `name_1`, … below the string limit. */
const chunkChars = 30_000;

export class EntityTooLarge extends Error {
  constructor(readonly detail: string) {
    super(`entity exceeds Table Storage limits: ${detail}`);
  }
}

// eslint-disable-next-line no-control-regex
const forbiddenKeyCharacters = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

function valueBytes(value: unknown): number {
  if (typeof value === 'string') return 4 + value.length * 2;
  if (typeof value === 'boolean') return 1;
  return 8;
}

/** Throws `EntityTooLarge` naming the first limit the entity breaks. */
export function assertEntityFits(entity: TableEntity<Record<string, unknown>>): void {
  for (const key of [entity.partitionKey, entity.rowKey]) {
    if (key.length > limits.keyChars) throw new EntityTooLarge(`a key of ${key.length} characters`);
    if (forbiddenKeyCharacters.test(key))
      throw new EntityTooLarge('a key with a forbidden character');
  }
  const names = Object.keys(entity).filter(
    (n) => n !== 'partitionKey' && n !== 'rowKey' && n !== 'etag',
  );
  if (names.length > limits.customProperties) {
    throw new EntityTooLarge(`${names.length} properties (at most ${limits.customProperties})`);
  }
  let bytes = 4 + (entity.partitionKey.length + entity.rowKey.length) * 2;
  for (const name of names) {
    const value = entity[name];
    if (typeof value === 'string' && value.length > limits.stringChars) {
      throw new EntityTooLarge(
        `property ${name} holds ${value.length} characters (at most ${limits.stringChars})`,
      );
    }
    bytes += 8 + name.length * 2 + valueBytes(value);
  }
  if (bytes > limits.entityBytes)
    throw new EntityTooLarge(`${bytes} bytes (at most ${limits.entityBytes})`);
}

export function chunkJson(name: string, value: unknown): Record<string, string> {
  const json = JSON.stringify(value);
  const chunks: Record<string, string> = {};
  let start = 0;
  let n = 0;
  do {
    let end = Math.min(start + chunkChars, json.length);
    // Never split a surrogate pair: each chunk must be well-formed text on the wire.
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks[`${name}_${n++}`] = json.slice(start, end);
    start = end;
  } while (start < json.length);
  return chunks;
}

export function unchunkJson<T>(name: string, entity: Record<string, unknown>): T {
  let json = '';
  for (let n = 0; typeof entity[`${name}_${n}`] === 'string'; n++)
    json += entity[`${name}_${n}`] as string;
  if (!json) throw new Error(`entity has no ${name} data`);
  return JSON.parse(json) as T;
}
