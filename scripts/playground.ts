import { spawn } from 'node:child_process';

/**
 * `npm run playground`: the Microsoft 365 Agents Playground (offline, from node_modules) as the
 * local Teams client of the bot that `npm start` runs. Its users are in .m365agentsplayground.yml.
 */
const port = process.env.PLAYGROUND_PORT ?? '56150';
const endpoint =
  process.env.BOT_ENDPOINT ?? `http://127.0.0.1:${process.env.PORT ?? '3978'}/api/messages`;
const bin = require.resolve('@microsoft/m365agentsplayground/cli.js');

console.log(
  `Agents Playground on http://localhost:${port}, talking to ${endpoint} (start the bot with npm start).`,
);
const child = spawn(
  process.execPath,
  [bin, '-e', endpoint, '-c', 'msteams', '-p', port, '--disable-telemetry'],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
