import { readFileSync } from 'node:fs';
import { transitions } from '../../domain/transitions';

test('docs/lifecycle.md shows the transition table exactly as the code has it', () => {
  const rows = readFileSync('docs/lifecycle.md', 'utf8')
    .split('\n')
    .filter((line) => /^\| `\w+`\s+\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const documented = Object.fromEntries(
    rows.map(([intent, from, to, orTo, by, isPublic, announced, tells, surface]) => [
      intent!.replace(/`/g, ''),
      {
        from: from!.replace(/`/g, '').split(', '),
        to: to!.replace(/`/g, ''),
        ...(orTo ? { orTo: orTo.replace(/`/g, '') } : {}),
        by,
        public: isPublic === 'yes',
        announced: announced === 'yes',
        tells: tells ? tells.split(', ') : [],
        surface,
      },
    ]),
  );
  expect(documented).toEqual(JSON.parse(JSON.stringify(transitions)));
});
