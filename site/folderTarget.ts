import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { shouldReplace, type Published, type PublishTarget } from './publishTarget';

/** The folder's own record of what it holds (a journal, one JSON line a change); never served. */
export const manifestName = '.published.jsonl';

async function writeAtomically(file: string, body: Buffer | string): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, body);
  } catch (error) {
    // The folder is made only when a write finds it missing: one mkdir per folder, not per file.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, body);
  }
  await rename(temp, file);
}

type Line = { path: string; hash: string; stamp: number } | { path: string; removed: true };

/**
 * A local folder, which the development server serves at /opportunities/. Each file is written
 * to a temporary name and renamed, so a reader sees the old file or the new one, never half.
 * What it holds is journalled by appending only the changes, so one change costs the same in a
 * large site as in a small one; the journal is compacted when it grows past twice the site.
 */
export function folderTarget(outputDir: string): PublishTarget {
  const root = resolve(outputDir);
  const journal = join(root, manifestName);
  const state = new Map<string, Published>();
  const pending: Line[] = [];
  let journalLines = 0;
  const fileOf = (path: string) => {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep)) throw new Error(`${path} is outside ${root}`);
    return file;
  };
  const lineOf = (line: Line) => `${JSON.stringify(line)}\n`;
  return {
    async list() {
      const text = await readFile(journal, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      for (const raw of text.split('\n')) {
        let line: Line;
        try {
          line = JSON.parse(raw) as Line;
        } catch {
          continue; // a line cut short by a crash: that file is simply compared again
        }
        journalLines++;
        if ('removed' in line) state.delete(line.path);
        else state.set(line.path, { hash: line.hash, stamp: line.stamp });
      }
      return new Map(state);
    },
    async put(path, body, _contentType, published) {
      if (!shouldReplace(published, state.get(path))) return 'newerThere';
      await writeAtomically(fileOf(path), body);
      state.set(path, published);
      pending.push({ path, ...published });
      return 'written';
    },
    async remove(path) {
      await rm(fileOf(path), { force: true });
      state.delete(path);
      pending.push({ path, removed: true });
    },
    async flush() {
      if (!pending.length) return;
      if (journalLines + pending.length > 2 * state.size + 1_000) {
        const lines = [...state].map(([path, p]) => lineOf({ path, ...p }));
        await writeAtomically(journal, lines.join(''));
        journalLines = lines.length;
      } else {
        await mkdir(root, { recursive: true });
        await appendFile(journal, pending.map(lineOf).join(''));
        journalLines += pending.length;
      }
      pending.length = 0;
    },
  };
}
