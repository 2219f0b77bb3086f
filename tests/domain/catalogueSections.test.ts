import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../domain/messages');

/**
 * The catalogue is spread together from one section a surface (`siteEn`, `statusEn`…): a key two
 * sections both define would silently take the later one's text in every place that uses it.
 */
describe.each(['En', 'Fr'])('the %s sections of the catalogue', (suffix) => {
  test('no two define the same key', async () => {
    const owners = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(`${suffix}.ts`))) {
      const section = (await import(join(dir, file))) as Record<string, unknown>;
      for (const exported of Object.values(section)) {
        if (typeof exported !== 'object' || exported === null) continue;
        for (const key of Object.keys(exported))
          owners.set(key, [...(owners.get(key) ?? []), file]);
      }
    }
    const shared = [...owners].filter(([, files]) => files.length > 1);
    expect(shared).toEqual([]);
  });
});
