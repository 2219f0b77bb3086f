import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseProfiles } from '../../bench/profileSummary';
import { people } from '../support/builders';
import { startServerUnderTest } from '../support/serverUnderTest';

/** What `BENCH_PROFILE_DIR` relies on: node's arguments reach the server, which leaves a profile at Ctrl-C. */
describe('the server under test, profiled', () => {
  const dir = mkdtempSync(join(tmpdir(), 'server-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a CPU profile when stopped, and the summary finds our code in it', async () => {
    const server = await startServerUnderTest({
      people: [people.author],
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    });
    const answer = await fetch(`${server.url}/healthz`);
    await answer.arrayBuffer();
    expect(await server.stop()).toBe(0);

    const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    expect(profiles.length).toBeGreaterThan(0);
    // Start-up loads and runs server/main.ts: our folders show, named by our own lines.
    const summary = summariseProfiles(dir, 200);
    expect(summary).toMatch(/total time by module folder[\s\S]*server\//);
    expect(summary).toMatch(/server\/main\.ts:\d+/);
  }, 120_000);
});
