/**
 * Scores of Stryker's JSON reports (mutation-testing-report-schema), one report per domain file, as
 * `npm run test:mutation:files` writes them. The score is Stryker's: killed and timed-out mutants
 * over all that ran to a verdict; mutants that could not run (compile or runtime errors) and
 * ignored ones (static, with `--ignoreStatic`) count in neither.
 */

export interface ReportedMutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number } };
}

export interface MutationReport {
  files: Record<string, { mutants: readonly ReportedMutant[] }>;
}

export interface FileScore {
  file: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
  /** Percent, or null when no mutant ran to a verdict. */
  score: number | null;
}

export interface Survivor {
  file: string;
  line: number;
  status: 'Survived' | 'NoCoverage';
  mutator: string;
  replacement: string;
}

const counted = ['killed', 'timeout', 'survived', 'noCoverage', 'errors', 'ignored'] as const;
type Count = (typeof counted)[number];

const countOf: Record<string, Count> = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  CompileError: 'errors',
  RuntimeError: 'errors',
  Ignored: 'ignored',
};

function withScore(file: string, counts: Record<Count, number>): FileScore {
  const detected = counts.killed + counts.timeout;
  const verdicts = detected + counts.survived + counts.noCoverage;
  return { file, ...counts, score: verdicts ? (100 * detected) / verdicts : null };
}

const noCounts = (): Record<Count, number> =>
  Object.fromEntries(counted.map((name) => [name, 0])) as Record<Count, number>;

/** Each mutated file's mutants, by file name; a file in two reports keeps the later one. */
function latestMutants(
  reports: readonly MutationReport[],
): Array<[string, readonly ReportedMutant[]]> {
  const latest = new Map<string, readonly ReportedMutant[]>();
  for (const report of reports)
    for (const [file, { mutants }] of Object.entries(report.files)) latest.set(file, mutants);
  return [...latest].sort(([a], [b]) => a.localeCompare(b));
}

/** One score per mutated file of the reports. */
export function fileScores(reports: readonly MutationReport[]): FileScore[] {
  return latestMutants(reports).map(([file, mutants]) => {
    const counts = noCounts();
    for (const mutant of mutants) {
      const name = countOf[mutant.status];
      if (!name) throw new Error(`${file}: unknown mutant status "${mutant.status}"`);
      counts[name]++;
    }
    return withScore(file, counts);
  });
}

/** The files together, as one score. */
export function totalScore(scores: readonly FileScore[]): FileScore {
  const counts = noCounts();
  for (const score of scores) for (const name of counted) counts[name] += score[name];
  return withScore('all files', counts);
}

/** The mutants no test noticed, of the same reports the scores count. */
export function survivors(reports: readonly MutationReport[]): Survivor[] {
  return latestMutants(reports).flatMap(([file, mutants]) =>
    mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => ({
        file,
        line: m.location.start.line,
        status: m.status as Survivor['status'],
        mutator: m.mutatorName,
        replacement: m.replacement ?? '',
      })),
  );
}

/** A plain-text table, one row per file and the total last. */
export function scoreTable(scores: readonly FileScore[]): string {
  const rows = [...scores, totalScore(scores)].map((s) => [
    s.file,
    s.score === null ? '–' : `${s.score.toFixed(2)} %`,
    ...counted.map((name) => String(s[name])),
  ]);
  const header = [
    'file',
    'score',
    'killed',
    'timeout',
    'survived',
    'no cover',
    'errors',
    'ignored',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
