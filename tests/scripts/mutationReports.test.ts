import {
  fileScores,
  scoreTable,
  survivors,
  totalScore,
  type MutationReport,
  type ReportedMutant,
} from '../../scripts/mutationReports';

const mutant = (status: string, line = 1, replacement = 'true'): ReportedMutant => ({
  status,
  mutatorName: 'ConditionalExpression',
  replacement,
  location: { start: { line } },
});

const report = (files: Record<string, readonly ReportedMutant[]>): MutationReport => ({
  files: Object.fromEntries(Object.entries(files).map(([file, mutants]) => [file, { mutants }])),
});

describe('mutation scores of the per-file reports', () => {
  test("a file's score is killed and timed out over every mutant that reached a verdict", () => {
    const [score] = fileScores([
      report({
        'domain/a.ts': [
          mutant('Killed'),
          mutant('Killed'),
          mutant('Timeout'),
          mutant('Survived'),
          mutant('NoCoverage'),
          mutant('RuntimeError'),
          mutant('CompileError'),
          mutant('Ignored'),
        ],
      }),
    ]);
    expect(score).toEqual({
      file: 'domain/a.ts',
      killed: 2,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      errors: 2,
      ignored: 1,
      score: 60,
    });
  });

  test('a file with no verdict has no score, and adds nothing to the total', () => {
    const scores = fileScores([
      report({ 'domain/b.ts': [mutant('Ignored')], 'domain/a.ts': [mutant('Killed')] }),
    ]);
    expect(scores.map((s) => [s.file, s.score])).toEqual([
      ['domain/a.ts', 100],
      ['domain/b.ts', null],
    ]);
    expect(totalScore(scores)).toMatchObject({
      file: 'all files',
      killed: 1,
      ignored: 1,
      score: 100,
    });
  });

  test('the total is over the mutants, not an average of the files', () => {
    const scores = fileScores([
      report({ 'domain/a.ts': [mutant('Killed')] }),
      report({ 'domain/b.ts': [mutant('Killed'), mutant('Survived'), mutant('Survived')] }),
    ]);
    expect(totalScore(scores).score).toBe(50);
  });

  test('a file reported twice counts once, as the later report has it', () => {
    const scores = fileScores([
      report({ 'domain/a.ts': [mutant('Survived')] }),
      report({ 'domain/a.ts': [mutant('Killed')] }),
    ]);
    expect(scores).toHaveLength(1);
    expect(scores[0]!.score).toBe(100);
  });

  test('a status it does not know is an error, not a silent zero', () => {
    expect(() => fileScores([report({ 'domain/a.ts': [mutant('Pending')] })])).toThrow(
      'domain/a.ts: unknown mutant status "Pending"',
    );
  });

  test('survivors are the mutants no test noticed, with their line and replacement', () => {
    const found = survivors([
      report({
        'domain/a.ts': [
          mutant('Killed', 3),
          mutant('Survived', 7, 'at >= 0'),
          mutant('NoCoverage', 9),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        file: 'domain/a.ts',
        line: 7,
        status: 'Survived',
        mutator: 'ConditionalExpression',
        replacement: 'at >= 0',
      },
      {
        file: 'domain/a.ts',
        line: 9,
        status: 'NoCoverage',
        mutator: 'ConditionalExpression',
        replacement: 'true',
      },
    ]);
  });

  test('survivors come from the report the score counts, not from an older one too', () => {
    const found = survivors([
      report({ 'domain/a.ts': [mutant('Survived', 4)] }),
      report({ 'domain/a.ts': [mutant('Killed', 4), mutant('Survived', 8)] }),
    ]);
    expect(found.map((s) => s.line)).toEqual([8]);
  });

  test('the table has a row per file and the total last', () => {
    const table = scoreTable(
      fileScores([report({ 'domain/a.ts': [mutant('Killed'), mutant('Survived')] })]),
    ).split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^file\s+score\s+killed/);
    expect(table[1]).toMatch(/^domain\/a\.ts\s+50\.00 %\s+1\s+0\s+1\s/);
    expect(table[2]).toMatch(/^all files\s+50\.00 %/);
  });
});
