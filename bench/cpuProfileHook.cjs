'use strict';
/**
 * `--require` hook that writes a CPU profile of this process when it exits, into the folder named
 * by CPU_PROFILE_DIR: for a child that the load benchmark cannot start with `--cpu-prof` itself
 * (Azurite, started by storage/azurite.ts; Node refuses `--cpu-prof` in NODE_OPTIONS, not
 * `--require`). The same format as `--cpu-prof`, read by bench/profileSummary.ts.
 */
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  // An in-process session answers synchronously, so this works in the 'exit' handler.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error)
        writeFileSync(join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
