import fc from 'fast-check';
import { createDraft, decide } from '../../domain/decide';
import { replay, type AuditEvent } from '../../domain/events';
import type { IntentKind } from '../../domain/intents';
import { actorFromPerson } from '../../domain/people';
import { states, type State } from '../../domain/states';
import { intentKinds, nextState, transitions } from '../../domain/transitions';
import { beforeClosing, completeFields } from '../support/builders';
import {
  actorOf,
  factsFor,
  intentOf,
  lifecycleArb,
  namedCardholder,
} from '../support/domainArbitraries';

describe('random intent sequences through decide', () => {
  test('never reach a state the table does not allow, never skip a version, never lose an event', () => {
    const visited = new Set<State>();
    const succeeded = new Set<IntentKind>();

    const property = fc.property(lifecycleArb, ({ author, steps }) => {
      let now = beforeClosing;
      const created = createDraft('MA-2029-0042', completeFields(), actorFromPerson(author), now);
      if (!created.ok) throw new Error(`createDraft refused: ${JSON.stringify(created.refusal)}`);
      let record = created.record;
      const events: AuditEvent[] = [created.event];
      visited.add(record.state);

      for (const step of steps) {
        now = new Date(now.getTime() + step.advanceMinutes * 60_000);
        const intent = intentOf(step, record, now);
        const who = actorOf(step, record, intent.kind);
        const before = structuredClone(record);

        const decision = decide(record, intent, who, {
          now,
          cardholder: namedCardholder(record),
          ...factsFor(record, now),
        });

        // Whatever the outcome, decide never edits the record it was given.
        expect(record).toEqual(before);
        const row = transitions[intent.kind];
        if (!decision.ok) {
          expect(decision.refusal.kind === 'wrongState').toBe(!row.from.includes(record.state));
          continue;
        }
        const { event, record: next } = decision;
        expect(row.from).toContain(event.from);
        expect(event.from).toBe(record.state);
        // The contract-splitting rule may hold an award instead of making it.
        if (event.to !== 'awardHeld') expect(event.to).toBe(nextState(intent.kind, record.state));
        else expect(intent.kind).toBe('award');
        expect(next.state).toBe(event.to);
        expect(states).toContain(next.state);
        expect(event.version).toBe(record.version + 1);
        expect(next.version).toBe(event.version);
        expect(event.at).toBe(now.toISOString());

        // Separation of duties holds on every success, not only in the matrix.
        if (intent.kind === 'approveFunds') {
          expect(who.id).not.toBe(record.authorId);
          expect(who.id).toBe(record.fields.cardholderId);
        }
        if (intent.kind === 'approvePosting') {
          expect([record.authorId, record.fields.cardholderId]).not.toContain(who.id);
        }
        if (intent.kind === 'close') expect(who.kind).toBe('system');

        events.push(event);
        succeeded.add(intent.kind);
        visited.add(next.state);
        record = next;
      }

      expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
      expect(replay(events)).toEqual(record);
      // The stages are the trail's changes of state: they start at creation, end where it is.
      expect(record.stages).toEqual(
        events
          .filter((e) => e.from !== e.to)
          .map((e) => ({ state: e.to, at: e.at, by: e.actorId })),
      );
      expect(record.stages.at(-1)).toMatchObject({ state: record.state, at: record.stateSince });
      // The trail survives a round trip through JSON, as it does through storage.
      expect(replay(JSON.parse(JSON.stringify(events)) as AuditEvent[])).toEqual(record);
    });

    // A generator that never got past the draft would make the property vacuous, so the runs go
    // on, 300 at a time, until every state and every intent has been reached. Reaching `paid`
    // takes a long lucky walk: one batch of 300 missed it in 3 of 25 trials, so five in a row miss it
    // about once in 40,000 runs of this test.
    const covered = () => visited.size === states.length && succeeded.size === intentKinds.length;
    for (let batch = 0; batch < 5 && !covered(); batch++) fc.assert(property, { numRuns: 300 });
    expect([...visited].sort()).toEqual([...states].sort());
    expect([...succeeded].sort()).toEqual([...intentKinds].sort());
  });
});
