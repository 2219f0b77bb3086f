import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTab } from '../../tab/build';

test('the tab downloads no holiday tables: the server computes what waits past its business days', async () => {
  const { metafile } = await buildTab({ outdir: mkdtempSync(join(tmpdir(), 'tab-bundle-')) });
  const inputs = Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  expect(inputs.some((path) => path.includes('domain/messages'))).toBe(true);
  expect(inputs.filter((path) => /date-holidays|domain\/businessDays/.test(path))).toEqual([]);
});
