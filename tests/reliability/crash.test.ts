import { checkLedger } from '../support/ledger';
import { loadCast } from '../support/loadCast';
import { LoadClient, messagePattern } from '../support/loadClient';
import { formatSummary, summarise } from '../support/loadReport';
import { runUsers } from '../support/loadUsers';
import { startServerUnderTest } from '../support/serverUnderTest';
import { cardOf, invoke, textOf } from '../support/teams';
import { profile, seed, timeoutFor } from './profile';

const { users, seconds, thinkMs } = profile.crash;
const cast = loadCast(users);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The server killed with SIGKILL in the middle of a mixed load, then started again while the
 * people keep working: every change it acknowledged is stored once, nothing is half-written, the
 * audit log agrees with the heads, and a replayed card action changes nothing.
 */
test(
  'a server killed mid-load loses no acknowledged action and leaves nothing half-changed',
  async () => {
    const server = await startServerUnderTest({ people: cast });
    try {
      const client = new LoadClient(server.url, server.connector.url);
      const started = performance.now();
      const load = runUsers(client, cast, {
        durationMs: seconds * 1_000,
        thinkMs,
        seed,
      });
      // Kill in full swing, whatever the machine's speed: changes acknowledged, requests in flight.
      const deadline = Date.now() + seconds * 1_000;
      const earliest = Date.now() + seconds * 300;
      while (
        (client.acknowledged.length < 20 || Date.now() < earliest || client.inFlight < 3) &&
        Date.now() < deadline
      )
        await pause(5);
      const beforeKill = client.acknowledged.length;
      const killedAt = client.elapsed();
      await server.process().kill();
      await server.restart();
      const restartedAt = client.elapsed();
      await load;
      const elapsed = (performance.now() - started) / 1_000;

      const summary = summarise(client.samples, elapsed);
      const cutOff = client.samples.filter((s) => s.outcome === 'unanswered' && s.at < killedAt);
      const ledger = await checkLedger(server.storage, client.acknowledged);
      process.stdout.write(
        formatSummary(
          `crash: ${users} people, SIGKILL at ${(killedAt / 1_000).toFixed(1)} s, serving again at ${(restartedAt / 1_000).toFixed(1)} s (seed ${seed})`,
          summary,
        ) +
          `  audit log: ${ledger.acknowledged} acknowledged (${beforeKill} before the kill), ${ledger.events} events, ` +
          `${ledger.problems.length} lost or wrong; ${cutOff.length} requests cut off by the kill, ` +
          `${ledger.unacknowledged.length} of them landed\n`,
      );

      expect(beforeKill).toBeGreaterThanOrEqual(20);
      expect(cutOff.length).toBeGreaterThan(0);
      expect(client.acknowledged.length).toBeGreaterThan(beforeKill);
      expect(client.samples.some((s) => s.at > restartedAt && s.outcome === 'ok')).toBe(true);
      expect(client.errors).toEqual([]);
      expect(ledger.problems).toEqual([]);
      // Only a request the kill cut off may have landed without its answer.
      expect(ledger.unacknowledged.length).toBeLessThanOrEqual(cutOff.length);

      // Pressing an acknowledged card again (Teams retries, double clicks) changes nothing.
      const pressed = client.acknowledged.filter((a) =>
        /^(approve\w+|returnToAuthor|reject):bot$/.test(a.op),
      );
      expect(pressed.length).toBeGreaterThan(0);
      const presser = new Map(cast.map((p) => [p.id, p]));
      for (const a of pressed.slice(0, 10)) {
        const person = presser.get(a.actorId)!;
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            invoke(
              person,
              server.connector.url,
              a.kind,
              {
                opportunityId: a.id,
                version: a.version - 1,
                comment: 'again',
              },
              { locale: person.locale === 'fr' ? 'fr-CA' : 'en-CA' },
            ),
          ),
        });
        expect(textOf(cardOf(await response.json()))).toMatch(
          messagePattern(person.locale, 'outcome.replayed'),
        );
      }
      const again = await checkLedger(server.storage, client.acknowledged);
      expect(again.events).toBe(ledger.events);
      expect(again.problems).toEqual([]);
    } finally {
      await server.stop();
    }
  },
  timeoutFor(seconds),
);
