import { execFileSync } from 'node:child_process';

/**
 * The folders' boundaries are lint rules (eslint.config.mjs): an import across one fails
 * `npm run lint`, and so `npm test`. Each row is a file that would break a boundary, or keep it.
 */
const cases: Array<[file: string, source: string, refused: boolean]> = [
  ['domain/x.ts', "import { a } from '../storage/storage';", true],
  ['domain/x.ts', "import { a } from 'node:fs';", true],
  ['domain/x.ts', "import { a } from './text';", false],
  ['storage/x.ts', "import { a } from '../server/config';", true],
  ['storage/x.ts', "import { a } from '../site/layout';", true],
  ['storage/x.ts', "import { a } from '../runtime/logger';", true],
  ['storage/x.ts', "import { a } from '../domain/publicUrls';", false],
  ['storage/x.ts', "import { a } from '../domain/text';", false],
  ['bot/x.ts', "import { a } from '../server/api/views';", true],
  ['bot/x.ts', "import { a } from '../tab/src/App';", true],
  ['bot/x.ts', "import { a } from '../site/opportunityPage';", true],
  ['bot/x.ts', "import { a } from '../server/config';", true],
  ['bot/x.ts', "import { a } from '../runtime/logger';", false],
  ['bot/x.ts', "import { a } from '../storage/storage';", false],
  ['runtime/x.ts', "import { a } from '../server/config';", true],
  ['site/x.ts', "import { a } from '../bot/views';", true],
  ['site/x.ts', "import { a } from '../server/api/views';", true],
  ['site/x.ts', "import { a } from '../server/config';", true],
  ['site/x.ts', "import { a } from '../domain/publicUrls';", false],
  ['server/x.ts', "import { a } from '../tab/src/App';", true],
  ['contract/x.ts', "import { a } from '../storage/storage';", true],
  ['contract/x.ts', "import type { A } from '../server/api/views';", true],
  ['contract/x.ts', "import type { A } from '../domain/states';", false],
  ['tab/src/x.tsx', "import type { A } from '../../server/api/views';", true],
  ['tab/src/x.tsx', "import { a } from '../../storage/storage';", true],
  ['tab/src/x.tsx', "import { a } from 'node:crypto';", true],
  ['tab/src/x.tsx', "import type { A } from '../../contract/views';", false],
  ['tab/src/x.tsx', "import { a } from '../../domain/text';", false],
];

/** ESLint loads its ES-module configuration, which jest's module system cannot: one child lints all. */
const linter = `
const { ESLint } = require('eslint');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint();
  const out = [];
  for (const [file, source] of cases) {
    const [result] = await eslint.lintText(source + '\\nexport {};\\n', { filePath: file });
    out.push(result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
  }
  process.stdout.write(JSON.stringify(out));
})();`;

let refusals: boolean[] = [];
beforeAll(() => {
  const out = execFileSync(process.execPath, ['-e', linter], { input: JSON.stringify(cases) });
  refusals = JSON.parse(out.toString()) as boolean[];
}, 120_000);

test.each(cases.map((c, i) => [...c, i] as const))(
  '%s: %s is refused: %s',
  (_file, _source, refused, i) => {
    expect(refusals[i]).toBe(refused);
  },
);
