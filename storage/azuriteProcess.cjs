'use strict';
/**
 * Azurite's Table service as a child of the server (storage/azurite.ts starts it).
 *
 * Azurite's own entry point saves its on-disk data on the first SIGINT only: a second one (a
 * terminal's Ctrl-C reaches the whole process group, then the server forwards its own) kills it
 * before it saves. So this process ignores the terminal's signals and stops only when its parent
 * says "stop" over IPC, when the parent is gone (the IPC channel closes), or on SIGTERM; each of
 * them closes the service once, which saves the data, then exits.
 *
 * Arguments: one JSON object { host, port, location? } (no location: in memory).
 */
const { join } = require('node:path');
const { mkdirSync } = require('node:fs');
const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;
const { DEFAULT_TABLE_LOKI_DB_PATH } = require('azurite/dist/src/table/utils/constants');

const { host, port, location } = JSON.parse(process.argv[2] ?? '{}');
const folder = location ?? process.cwd();
if (location) mkdirSync(location, { recursive: true });

const config = new TableConfiguration(
  host,
  port,
  undefined, // keep-alive timeout: Azurite's default
  join(folder, DEFAULT_TABLE_LOKI_DB_PATH),
  false, // debug log
  false, // access log
  undefined,
  undefined,
  false, // loose
  true, // skip the API version check: the SDK may be newer than Azurite
  undefined,
  undefined,
  undefined,
  undefined,
  false,
  location === undefined, // in-memory persistence
);
const server = new TableServer(config);

let closing;
function close(reason) {
  // Azurite's close stops answering requests on open keep-alive connections but leaves them open
  // until it has saved: a storage call would hang. Ending them at once makes it fail fast.
  closing ??= Promise.all([
    server.close(),
    new Promise((resolve) => setImmediate(resolve)).then(() =>
      server.httpServer.closeAllConnections(),
    ),
  ]).then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`Azurite could not close cleanly (${reason}): ${error.message}\n`);
      process.exit(1);
    },
  );
}

// The terminal's signals are the parent's to act on; it tells this process when to stop.
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.on('SIGTERM', () => close('SIGTERM'));
process.on('message', (message) => {
  if (message === 'stop') close('asked to stop');
});
process.on('disconnect', () => close('parent gone'));

server.start().then(
  () => process.send?.({ ready: true }),
  (error) => {
    process.stderr.write(`Azurite could not start: ${error.message}\n`);
    process.exit(1);
  },
);
