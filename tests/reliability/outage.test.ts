import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bilingual } from '../../domain/messages';
import { freePort, startAzurite, type RunningAzurite } from '../../storage/azurite';
import { aPerson } from '../support/builders';
import { checkLedger } from '../support/ledger';
import { loadCast } from '../support/loadCast';
import { LoadClient } from '../support/loadClient';
import { formatSummary, summarise } from '../support/loadReport';
import { runUsers } from '../support/loadUsers';
import { startServerUnderTest, type ServerUnderTest } from '../support/serverUnderTest';
import { cardOf, invoke, message, textOf } from '../support/teams';
import { profile, seed, timeoutFor } from './profile';

const { users, thinkMs, changesBefore, toldPerSurface, changesAfter, limitSeconds } =
  profile.outage;
const cast = loadCast(users);
/** Someone who is not part of the load, so that what they are told is theirs alone. */
const author = aPerson({ id: 'outage-witness', name: 'Outage Witness', roles: ['client'] });
const tryAgain = bilingual('error.storageUnavailable');
/** What must never reach a person: stack frames, source files, addresses, error class names. */
const internals = /at \w+ \(|\.ts:\d+|node_modules|ECONN|127\.0\.0\.1|Error:|stack/i;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ctrl-C (which flushes the on-disk data), failing clearly rather than waiting forever. */
async function stopWithin(azurite: RunningAzurite, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Azurite did not stop within ${ms} ms of Ctrl-C`)),
      ms,
    );
  });
  try {
    await Promise.race([azurite.stop(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** While storage is down: the tab's calls, a card action and a chat message, as one person. */
async function duringOutage(server: ServerUnderTest) {
  const { token } = (await (
    await fetch(`${server.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: author.id }),
    })
  ).json()) as { token: string };
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, text: await response.text() };
  };
  const bot = (activity: object) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  const sentBefore = server.connector.count();
  const chat = await bot(message(author, server.connector.url, 'mine'));
  const delivered = server.connector.count() - sentBefore;
  const sent = delivered > 0 ? server.connector.recent().slice(-delivered) : [];
  const press = await bot(
    invoke(author, server.connector.url, 'saveDraft', { nonce: 'during-the-outage' }),
  );
  return {
    reads: await api('GET', '/api/opportunities?view=mine'),
    writes: await api('POST', '/api/opportunities', { titleEn: 'Written while down' }),
    card: { status: press.status, text: textOf(cardOf(await press.json())) },
    chat: {
      status: chat.status,
      told: sent
        .filter((d) => d.conversationId === `a:personal-${author.id}`)
        .map((d) => d.text)
        .join('\n'),
    },
    health: (await fetch(`${server.url}/healthz`)).status,
  };
}

/**
 * Azurite (on disk) stopped in the middle of a mixed load and started again on the same port:
 * while it is down every person is told, in English and French, to try again; the server stays
 * up, recovers by itself, and loses nothing it acknowledged. People told "try again" send the same
 * request again until it is answered; one that had landed reads as done. Each phase lasts until
 * its events happened (changes acknowledged, people told), not for a time.
 */
test(
  'storage stopped mid-load: a bilingual "try again", no crash, recovery by itself, nothing lost',
  async () => {
    const location = mkdtempSync(join(tmpdir(), 'azurite-outage-'));
    const port = await freePort();
    // Azurite's usual 15 s to start is not enough on a busy machine; the server gets 60 s too.
    let azurite = await startAzurite({ location, port, readyTimeoutMs: 60_000 });
    const server = await startServerUnderTest({
      people: [...cast, author],
      connectionString: azurite.connectionString,
    });
    try {
      const client = new LoadClient(server.url, server.connector.url);
      const end = performance.now() + limitSeconds * 1_000;
      const left = () => Math.max(0, end - performance.now());
      const done = new AbortController();
      const load = runUsers(client, cast, {
        durationMs: limitSeconds * 1_000,
        thinkMs,
        seed,
        signal: done.signal,
      });
      const told = (surface: string) =>
        client.samples.filter((s) => s.outcome === 'unavailable' && s.op.endsWith(surface)).length;
      let stoppedAt = 0;
      let restartedAt = 0;
      let recoveredAt = 0;
      let probes: Awaited<ReturnType<typeof duringOutage>>;
      try {
        await client.until(
          () => client.acknowledged.length >= changesBefore,
          left(),
          `${changesBefore} changes acknowledged before storage stops`,
        );
        stoppedAt = client.elapsed();
        await stopWithin(azurite, 20_000);
        probes = await duringOutage(server);
        await client.until(
          () => told(':api') >= toldPerSurface && told(':bot') >= toldPerSurface,
          left(),
          `${toldPerSurface} requests told "try again" in the tab and in Teams each`,
        );
        azurite = await startAzurite({ location, port, readyTimeoutMs: left() });
        restartedAt = client.elapsed();
        while ((await fetch(`${server.url}/healthz`)).status !== 200) {
          if (left() === 0) throw new Error('storage never came back');
          await pause(100);
        }
        recoveredAt = client.elapsed();
        const beforeRecovery = client.acknowledged.length;
        await client.until(
          () =>
            client.retrying === 0 &&
            client.acknowledged.length >= beforeRecovery + changesAfter &&
            client.samples.some((s) => s.at > recoveredAt && s.outcome === 'ok'),
          left(),
          `everyone told "try again" answered and ${changesAfter} more changes after recovery`,
        );
      } finally {
        client.stopRetrying();
        done.abort();
        await load;
      }
      const total = client.elapsed() / 1_000;

      const summary = summarise(client.samples, total);
      const ledger = await checkLedger(server.storage, client.acknowledged);
      const unavailable = client.samples.filter((s) => s.outcome === 'unavailable');
      const late = unavailable.filter((s) => s.at > recoveredAt + 1_000);
      process.stdout.write(
        formatSummary(
          `outage: ${users} people; storage stopped at ${(stoppedAt / 1_000).toFixed(1)} s, started at ${(restartedAt / 1_000).toFixed(1)} s, ` +
            `answering again at ${(recoveredAt / 1_000).toFixed(1)} s (seed ${seed})`,
          summary,
        ) +
          `  audit log: ${ledger.acknowledged} acknowledged, ${ledger.events} events, ${ledger.problems.length} lost or wrong, ` +
          `${ledger.unacknowledged.length} landed without an answer\n`,
      );

      expect(probes.reads.status).toBe(503);
      expect(probes.writes.status).toBe(503);
      for (const answer of [probes.reads, probes.writes]) {
        expect(JSON.parse(answer.text)).toEqual({ error: 'storageUnavailable', message: tryAgain });
        expect(answer.text).not.toMatch(internals);
      }
      expect(probes.card.status).toBe(200);
      expect(probes.card.text).toContain(tryAgain.en);
      expect(probes.card.text).toContain(tryAgain.fr);
      expect(probes.chat.status).toBe(200);
      expect(probes.chat.told).toContain(tryAgain.en);
      expect(probes.chat.told).toContain(tryAgain.fr);
      expect(probes.health).toBe(503);

      // People were told to try again in both surfaces, nothing else went wrong, and it passed.
      expect(unavailable.some((s) => s.op.endsWith(':api'))).toBe(true);
      expect(unavailable.some((s) => s.op.endsWith(':bot'))).toBe(true);
      expect(client.errors).toEqual([]);
      expect(client.unanswered).toEqual([]);
      expect(late).toEqual([]);
      expect(client.samples.some((s) => s.at > recoveredAt && s.outcome === 'ok')).toBe(true);
      expect(server.process().child.exitCode).toBeNull();
      expect(ledger.problems).toEqual([]);
      expect(ledger.unacknowledged.length).toBeLessThanOrEqual(unavailable.length);
    } finally {
      await server.stop();
      await azurite.kill();
      rmSync(location, { recursive: true, force: true });
    }
  },
  timeoutFor(limitSeconds),
);
