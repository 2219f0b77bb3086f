import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  createWriteStream,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileScores, scoreTable, survivors, type MutationReport } from './mutationReports';

const usage = `Usage: npm run test:mutation:files -- [options] [domain files…]
Runs Stryker on domain/ one file at a time (static mutants left out), each file's report kept in
reports/mutation/by-file/, so a stopped run loses only the file it was on. Without files: every
domain file that has no report yet, smallest first. See docs/testing.md.
  --again          run the named files even when they have a report (the incremental file
                   re-runs only the mutants whose code or tests changed)
  --concurrency N  Stryker's test runners (default 2)
  --all-tests      run every domain test file for each mutant, even for a file few tests reach
  --summary        print the scores of the reports kept, run nothing
  --survivors      with --summary: list every surviving mutant too
Other --options go to Stryker as they are (e.g. --timeoutMS 600000 on a machine that is paused).`;

const folder = 'reports/mutation/by-file';
const reportOf = (name: string) => join(folder, `${name}.json`);
const nameOf = (file: string) => basename(file, '.ts');

function parse(argv: readonly string[]) {
  const files: string[] = [];
  const passed: string[] = [];
  const flags = new Set<string>();
  let concurrency = '2';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (['--again', '--summary', '--survivors', '--help', '--all-tests'].includes(arg))
      flags.add(arg.slice(2));
    else if (arg === '--concurrency' && argv[i + 1]) concurrency = argv[++i]!;
    else if (arg.startsWith('--')) {
      passed.push(arg);
      if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) passed.push(argv[++i]!);
    } else files.push(arg.startsWith('domain/') ? arg : `domain/${nameOf(arg)}.ts`);
  }
  return { files, passed, flags, concurrency };
}

/** Every mutated file of domain/ (the message catalogues are not), smallest first. */
function domainFiles(): string[] {
  return readdirSync('domain')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join('domain', name))
    .sort((a, b) => statSync(a).size - statSync(b).size);
}

const hasReport = (file: string) => existsSync(reportOf(nameOf(file)));

function keptReports(): MutationReport[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && !name.startsWith('inc-'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as MutationReport);
}

/** The domain test files Jest lists with `extra` options (none: all of them). */
function listTests(...extra: string[]): number {
  const run = spawnSync('npx', ['jest', '-c', 'jest.mutation.config.js', '--listTests', ...extra], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`jest --listTests failed: ${run.stderr}`);
  return run.stdout.split('\n').filter((line) => line.endsWith('.test.ts')).length;
}

/**
 * The domain test files that import `file`, directly or through another module (Jest's
 * `--findRelatedTests`). Jest's `roots` must hold `domain/` for it to see the imports; Stryker
 * adds it the same way when it runs.
 */
const relatedTests = (file: string) =>
  listTests('--roots', 'tests/domain', 'tests/support', 'domain', '--findRelatedTests', file);

/**
 * Whether each mutant of `file` should run only the test files related to it. Without it every
 * mutant loads all of tests/domain (about 5 s here) to run the few tests that reach it; with it, a
 * file that few tests import goes 20 to 50 times faster, but Jest works out the related files on
 * every run, which costs more than it saves when most test files are related.
 */
function onlyRelated(file: string, all: number, flags: ReadonlySet<string>): boolean {
  if (flags.has('all-tests')) return false;
  const related = relatedTests(file);
  const chosen = related * 3 <= all;
  console.log(
    `  ${related} of ${all} domain test files reach it: ${chosen ? 'only those run' : 'all run'} for each mutant`,
  );
  return chosen;
}

/** One Stryker run; its report is renamed into place only when Stryker finished. */
function mutate(
  file: string,
  concurrency: string,
  passed: readonly string[],
  related: boolean,
): Promise<number> {
  const name = nameOf(file);
  const partial = `${reportOf(name)}.part`;
  const log = join(folder, `${name}.log`);
  const args = [
    'stryker',
    'run',
    '--mutate',
    file,
    '--ignoreStatic',
    '--concurrency',
    concurrency,
    '--incrementalFile',
    join(folder, `inc-${name}.json`),
    '--tempDirName',
    '.stryker-tmp-files',
    '--reporters',
    'clear-text,json,progress-append-only',
    ...passed,
  ];
  const child = spawn('npx', args, {
    env: {
      ...process.env,
      STRYKER_JSON_REPORT: partial,
      STRYKER_RELATED_TESTS: related ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  // The progress reporter's lines, shortened, so the person at the terminal sees it move.
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (/Mutation testing \d+%/.test(line)) process.stdout.write(`  ${line.trim()}\n`);
  });
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      if (code === 0) renameSync(partial, reportOf(name));
      resolve(code ?? 1);
    }),
  );
}

async function main(): Promise<void> {
  const { files, passed, flags, concurrency } = parse(process.argv.slice(2));
  if (flags.has('help')) {
    console.log(usage);
    return;
  }
  if (!flags.has('summary')) {
    mkdirSync(folder, { recursive: true });
    const chosen = files.length ? files : domainFiles();
    const todo = chosen.filter((file) => flags.has('again') || !hasReport(file));
    console.log(`${todo.length} of ${chosen.length} files to mutate; logs in ${folder}/`);
    // The same for every file; only counted when a file may run its related tests alone.
    const all = todo.length && !flags.has('all-tests') ? listTests() : 0;
    for (const [n, file] of todo.entries()) {
      console.log(`[${n + 1}/${todo.length}] ${file} (${new Date().toISOString()})`);
      const code = await mutate(file, concurrency, passed, onlyRelated(file, all, flags));
      if (code !== 0) {
        console.error(
          `Stryker stopped with code ${code} on ${file}: see ${folder}/${nameOf(file)}.log`,
        );
        process.exitCode = 1;
        return;
      }
    }
  }
  const reports = keptReports();
  console.log(scoreTable(fileScores(reports)));
  if (flags.has('survivors'))
    for (const s of survivors(reports))
      console.log(
        `${s.file}:${s.line}  ${s.status}  ${s.mutator}  ${JSON.stringify(s.replacement)}`,
      );
}

void main();
