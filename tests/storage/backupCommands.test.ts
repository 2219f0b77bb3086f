import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { testStorage } from '../support/storage';
import { anOpportunityIn } from '../support/storageHelpers';

const run = promisify(execFile);

/** `npm run backup` / `restore` as an operator runs them, with the settings `npm start` reads. */
async function command(
  script: 'backup' | 'restore' | 'verifyAudit',
  args: string[],
  tablePrefix: string,
): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
    TABLE_PREFIX: tablePrefix,
  };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', `scripts/${script}.ts`, ...args],
      { env },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

test('npm run backup and restore reach the configured storage, print progress, and refuse a non-empty target', async () => {
  const storage = await testStorage();
  await anOpportunityIn(storage, 'awaitingFunds');
  const prefix = storage.tables.names.people.slice(0, -'people'.length);
  const out = await mkdtemp(join(tmpdir(), 'backup-cli-'));

  const backup = await command('backup', ['--out', out], prefix);
  expect(backup.code).toBe(0);
  expect(backup.output).toMatch(/-full: full/);
  expect(backup.output).toMatch(/opportunities: 3 rows/);
  expect(backup.output).toMatch(/Complete: .*manifest written last/);

  const refused = await command('restore', ['--from', out], prefix);
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/Restore refused, nothing was written: storage is not empty/);

  const fresh = `r${randomBytes(5).toString('hex')}`;
  const restored = await command('restore', ['--from', out], fresh);
  expect(restored.code).toBe(0);
  expect(restored.output).toMatch(/opportunities: 3 rows written/);

  const verified = await command('verifyAudit', [], fresh);
  expect(verified.output).toMatch(/Every chain and every head verifies/);
  expect(verified.code).toBe(0);
}, 60_000);
