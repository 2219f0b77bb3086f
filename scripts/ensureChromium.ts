import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The browser tests need Debian's Chromium (no browser is downloaded). Found: nothing to do.
 * Missing and running as root with apt: installed now. Otherwise: stop, naming the command.
 */
const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const command = 'apt-get update && apt-get install -y chromium';

function hasApt(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

if (!existsSync(path)) {
  if (process.getuid?.() === 0 && hasApt()) {
    console.log(
      `Chromium is missing at ${path}; installing it for the browser tests (${command}), about a minute…`,
    );
    execFileSync('sh', ['-c', `${command}`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The browser tests need Chromium at ${path}. Install it with:\n  sudo ${command}\nor set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}
