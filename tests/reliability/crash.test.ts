import { checkLedger } from '../support/ledger';
import { loadCast } from '../support/loadCast';
import { LoadClient, messagePattern, type Acknowledged } from '../support/loadClient';
import { formatSummary, summarise } from '../support/loadReport';
import { decisionComments, runUsers } from '../support/loadUsers';
import { startServerUnderTest } from '../support/serverUnderTest';
import { cardOf, invoke, textOf } from '../support/teams';
import { profile, seed, timeoutFor } from './profile';

const { users, thinkMs, killAfter, changesAfter, limitSeconds } = profile.crash;
const cast = loadCast(users);
const botApproval = /^(approve\w+|returnToAuthor|reject):bot$/;

/**
 * The server killed with SIGKILL in the middle of a mixed load, then started again while the
 * people keep working: every change it acknowledged is stored once, nothing is half-written, the
 * audit log agrees with the heads, and a card action pressed again changes nothing. The kill waits
 * for what the assertions need (changes and bot approvals acknowledged, requests in flight), not
 * for a time, so a slow machine takes longer rather than proving less.
 */
test(
  'a server killed mid-load loses no acknowledged action and leaves nothing half-changed',
  async () => {
    const server = await startServerUnderTest({ people: cast });
    try {
      const client = new LoadClient(server.url, server.connector.url);
      const started = performance.now();
      const left = () => Math.max(0, started + limitSeconds * 1_000 - performance.now());
      const done = new AbortController();
      const load = runUsers(client, cast, {
        durationMs: limitSeconds * 1_000,
        thinkMs,
        seed,
        signal: done.signal,
      });
      const approvals = () => client.acknowledged.filter((a) => botApproval.test(a.op)).length;
      let beforeKill = 0;
      let killedAt = 0;
      let restartedAt = 0;
      try {
        await client.until(
          () =>
            client.acknowledged.length >= killAfter.changes &&
            approvals() >= killAfter.botApprovals &&
            client.inFlight >= killAfter.inFlight,
          left(),
          `${killAfter.changes} changes acknowledged, ${killAfter.botApprovals} of them bot approvals, ` +
            `${killAfter.inFlight} requests in flight (the kill needs them)`,
        );
        beforeKill = client.acknowledged.length;
        killedAt = client.elapsed();
        await server.process().kill();
        await server.restart();
        restartedAt = client.elapsed();
        await client.until(
          () =>
            client.acknowledged.length >= beforeKill + changesAfter &&
            client.samples.some((s) => s.at > restartedAt && s.outcome === 'ok'),
          left(),
          `${changesAfter} more changes acknowledged after the restart`,
        );
      } finally {
        client.stopRetrying();
        done.abort();
        await load;
      }
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
      // It reads as done, as the first press did; other data under the same card is refused.
      const pressed = client.acknowledged.filter((a) => botApproval.test(a.op));
      expect(pressed.length).toBeGreaterThanOrEqual(killAfter.botApprovals);
      const presser = new Map(cast.map((p) => [p.id, p]));
      const press = async (a: Acknowledged, comment: string) => {
        const person = presser.get(a.actorId)!;
        const response = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            invoke(
              person,
              server.connector.url,
              a.kind,
              { opportunityId: a.id, version: a.version - 1, comment },
              { locale: person.locale === 'fr' ? 'fr-CA' : 'en-CA' },
            ),
          ),
        });
        return { person, text: textOf(cardOf(await response.json())) };
      };
      for (const a of pressed.slice(0, 10)) {
        const kind = a.kind as keyof typeof decisionComments;
        const { person, text } = await press(a, decisionComments[kind]);
        expect(text).toMatch(messagePattern(person.locale, `bot.decided.${kind}`));
      }
      const other = await press(pressed[0]!, 'Something else.');
      expect(other.text).toMatch(messagePattern(other.person.locale, 'refusal.keyReused'));
      const again = await checkLedger(server.storage, client.acknowledged);
      expect(again.events).toBe(ledger.events);
      expect(again.problems).toEqual([]);
    } finally {
      await server.stop();
    }
  },
  timeoutFor(limitSeconds),
);
