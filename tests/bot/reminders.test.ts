import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import { startReminderScheduler, type ReminderScheduler } from '../../server/reminderScheduler';
import { defaultEscalateAfter, defaultReminderIntervalDays } from '../../server/targetsConfig';
import { defaultStepTargets } from '../../domain/targets';
import { easternToInstant } from '../../domain/text';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { Wait } from '../../domain/targets';
import { people } from '../support/builders';
import { anOpportunityIn, applied, fixedClock } from '../support/storageHelpers';
import { message, startBot, textOf, verbsOf, type BotHarness } from '../support/teams';

const at = (date: string, time = '10:00') => new Date(easternToInstant(date, time)!);
const clock = fixedClock(at('2026-12-24'));
const logger = createLogger('silent');
let h: BotHarness;

beforeEach(async () => {
  clock.now = at('2026-12-24');
  h = await startBot({ clock: clock.read });
  for (const person of [people.author, people.cardholder, people.procurement, people.manager])
    await h.post(message(person, h.connector.url, 'help'));
  await h.settled();
});

afterEach(() => h.close());

/** One server's reminder sweep, as `npm start` runs it, on the harness's storage and bot. */
function aServer(
  escalateAfter = defaultEscalateAfter,
  remind = (record: Opportunity, wait: Wait) => h.bot.remind(record, wait),
): ReminderScheduler {
  return startReminderScheduler({
    storage: h.storage,
    background: new Background(logger),
    logger,
    targets: {
      targets: defaultStepTargets,
      reminderIntervalDays: defaultReminderIntervalDays,
      escalateAfter,
    },
    remind,
    escalate: (record, wait, count) => h.bot.escalate(record, wait, count),
    remindQuestion: (record, wait, number) => h.bot.remindQuestion(record, wait, number),
    clock: clock.read,
    intervalMs: 3_600_000,
  });
}

/** What a person was sent in their personal chat since `from` (an index into the recording). */
function sentTo(person: Person, from: number) {
  return h.connector.recorded
    .slice(from)
    .filter((r) => r.method === 'POST' && r.conversationId === `a:personal-${person.id}`)
    .map((r) => r.activity.attachments![0]!.content);
}

/** Runs one sweep on each server at the clock's time; answers the reminders sent, all together. */
async function sweep(servers: ReminderScheduler[], time: Date): Promise<number> {
  clock.now = time;
  const sent = await Promise.all(servers.map((s) => s.tick()));
  await h.settled();
  return sent.reduce((a, b) => a + b, 0);
}

test('a funds approval past its target reminds the cardholder once per interval, on business days and hours, with two servers and after a restart', async () => {
  // Submitted Thursday 24 December 2026: Christmas, the weekend and Boxing Day (Monday 28) do not count.
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const servers = [aServer(), aServer()];
  try {
    const mark = h.connector.recorded.length;
    expect(await sweep(servers, at('2026-12-29'))).toBe(0);
    // Due Wednesday 30 December at 10:00, the second business day.
    expect(await sweep(servers, at('2026-12-30', '09:59'))).toBe(0);
    expect(await sweep(servers, at('2026-12-30', '10:30'))).toBe(1);
    const [card, ...more] = sentTo(people.cardholder, mark);
    expect(more).toEqual([]);
    expect(textOf(card!)).toContain(
      `Reminder: ${record.id} has waited 2 business days for the funds approval (section 32) (target: 2). It is overdue.`,
    );
    expect(verbsOf(card!)).toEqual(expect.arrayContaining(['approveFunds']));
    expect(sentTo(people.author, mark)).toEqual([]);

    // Not again within the interval, nor at night, nor on New Year's Day or the weekend.
    expect(await sweep(servers, at('2026-12-31', '16:00'))).toBe(0);
    expect(await sweep(servers, at('2027-01-01'))).toBe(0);
    expect(await sweep(servers, at('2027-01-02'))).toBe(0);
    expect(await sweep(servers, at('2027-01-04', '07:00'))).toBe(0);
    // Two business days after the first (31 December, 4 January): the second reminder.
    expect(await sweep(servers, at('2027-01-04', '08:00'))).toBe(1);
    // A server started afresh finds it already sent.
    servers.push(aServer());
    expect(await sweep([servers[2]!], at('2027-01-04', '16:00'))).toBe(0);
    expect(sentTo(people.cardholder, mark)).toHaveLength(2);

    // Once the funds are approved, the funds step is never reminded again.
    await applied(h.storage, record.id, { kind: 'approveFunds', comment: 'ok' }, people.cardholder);
    await h.settled();
    const afterApproval = h.connector.recorded.length;
    expect(await sweep(servers, at('2027-01-05'))).toBe(0);
    expect(sentTo(people.cardholder, afterApproval)).toEqual([]);
  } finally {
    servers.forEach((s) => s.stop());
  }
});

test('around Canada Day: a posting approval from Tuesday 30 June reminds the procurement officer on Friday 3 July', async () => {
  clock.now = at('2026-06-30');
  const record = await anOpportunityIn(h.storage, 'awaitingProcurement');
  await h.settled();
  const server = aServer();
  try {
    const mark = h.connector.recorded.length;
    expect(await sweep([server], at('2026-07-01'))).toBe(0);
    expect(await sweep([server], at('2026-07-02', '16:59'))).toBe(0);
    expect(await sweep([server], at('2026-07-03', '10:01'))).toBe(1);
    const [card] = sentTo(people.procurement, mark);
    expect(textOf(card!)).toContain(`Reminder: ${record.id} has waited 2 business days`);
    expect(verbsOf(card!)).toEqual(expect.arrayContaining(['approvePosting']));
    // The cardholder who approved the funds is not the one it waits for.
    expect(sentTo(people.cardholder, mark)).toEqual([]);
  } finally {
    server.stop();
  }
});

test('after the set number of reminders, the next also tells the managers and the procurement officers, once', async () => {
  const record = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const servers = [aServer(1), aServer(1)];
  try {
    const mark = h.connector.recorded.length;
    expect(await sweep(servers, at('2026-12-30', '10:30'))).toBe(1);
    expect(sentTo(people.manager, mark)).toEqual([]);
    expect(await sweep(servers, at('2027-01-04', '08:00'))).toBe(1);
    const escalation = `Escalation: ${record.id} has waited 4 business days for the funds approval (section 32) from ${people.cardholder.name} (target: 2). Reminders sent: 1.`;
    for (const person of [people.manager, people.procurement]) {
      const told = sentTo(person, mark);
      expect(told).toHaveLength(1);
      expect(textOf(told[0]!)).toContain(escalation);
      expect(verbsOf(told[0]!)).toEqual([]);
    }
    expect(sentTo(people.author, mark)).toEqual([]);
    // The third reminder goes to the cardholder alone.
    expect(await sweep(servers, at('2027-01-06', '08:00'))).toBe(1);
    expect(sentTo(people.cardholder, mark)).toHaveLength(3);
    expect(sentTo(people.manager, mark)).toHaveLength(1);
  } finally {
    servers.forEach((s) => s.stop());
  }
});

test("a supplier's question unanswered past its target reminds the author, until it is answered", async () => {
  // Posted, then two questions on Monday 9 November 2026 at 14:00; Remembrance Day (Wednesday) does not count.
  clock.now = at('2026-11-09', '14:00');
  const record = await anOpportunityIn(h.storage, 'posted');
  const numbers: string[] = [];
  for (const question of ['May we use Python?', 'Is there a budget breakdown?']) {
    const asked = await h.storage.questions.ask(record.id, {
      question,
      email: 'robin@example.com',
    });
    if (asked.kind !== 'received') throw new Error(`not asked: ${JSON.stringify(asked)}`);
    numbers.push(asked.number);
  }
  await h.settled();
  const server = aServer();
  try {
    const mark = h.connector.recorded.length;
    expect(await sweep([server], at('2026-11-12', '13:59'))).toBe(0);
    expect(await sweep([server], at('2026-11-12', '14:30'))).toBe(2);
    const told = sentTo(people.author, mark).map(textOf);
    expect(told).toHaveLength(2);
    // Asked at the same instant, they come in either order.
    expect(told).toEqual(
      expect.arrayContaining(
        numbers.map((n) =>
          expect.stringContaining(
            `Reminder: supplier's question ${n} on ${record.id} has waited 2 business days for your answer (target: 2).`,
          ),
        ),
      ),
    );
    await applied(
      h.storage,
      record.id,
      {
        kind: 'answerQuestion',
        question: numbers[0]!,
        questionEn: 'May we use Python?',
        questionFr: 'Pouvons-nous utiliser Python?',
        answerEn: 'Yes.',
        answerFr: 'Oui.',
      },
      people.author,
    );
    await h.settled();
    // Two business days later (Friday 13, Monday 16): only the question still waiting.
    const later = h.connector.recorded.length;
    expect(await sweep([server], at('2026-11-16', '14:30'))).toBe(1);
    const again = sentTo(people.author, later).map(textOf);
    expect(again).toHaveLength(1);
    expect(again[0]).toContain(`question ${numbers[1]} on ${record.id} has waited 4 business days`);
    // The question's own card again, with its buttons.
    expect(verbsOf(sentTo(people.author, later)[0]!)).toEqual(
      expect.arrayContaining(['answerQuestion', 'declineQuestion']),
    );
  } finally {
    server.stop();
  }
});

test('a reminder that cannot be sent does not stop the others', async () => {
  const first = await anOpportunityIn(h.storage, 'awaitingFunds');
  const second = await anOpportunityIn(h.storage, 'awaitingFunds');
  await h.settled();
  const attempted: string[] = [];
  const server = aServer(defaultEscalateAfter, async (record, wait) => {
    attempted.push(record.id);
    if (record.id === first.id) throw new Error('Teams is unreachable');
    return h.bot.remind(record, wait);
  });
  try {
    const mark = h.connector.recorded.length;
    expect(await sweep([server], at('2026-12-30', '10:30'))).toBe(1);
    expect(attempted.sort()).toEqual([first.id, second.id].sort());
    expect(sentTo(people.cardholder, mark).map(textOf)).toEqual([
      expect.stringContaining(`Reminder: ${second.id} has waited`),
    ]);
  } finally {
    server.stop();
  }
});

test('a sweep reads only what is due: the due-time index, kept with each change as it is stored', async () => {
  clock.now = at('2026-12-24');
  const waiting = [
    await anOpportunityIn(h.storage, 'awaitingFunds'),
    await anOpportunityIn(h.storage, 'awaitingFunds'),
    await anOpportunityIn(h.storage, 'awaitingFunds'),
  ];
  // Not waiting for anyone: never read by a sweep.
  await anOpportunityIn(h.storage, 'draft');
  await h.settled();
  const server = aServer();
  try {
    // The first sweep indexes what waits (submitted Thursday 24 December, due Wednesday 30 at 10:00).
    expect(await sweep([server], at('2026-12-29'))).toBe(0);
    expect(server.lastSweep()).toEqual({ indexRows: 0, records: 0, sent: 0 });
    expect(await sweep([server], at('2026-12-30', '10:30'))).toBe(3);
    expect(server.lastSweep()).toEqual({ indexRows: 3, records: 3, sent: 3 });
    // Looked at again the next business morning, not at every sweep.
    expect(await sweep([server], at('2026-12-30', '16:00'))).toBe(0);
    expect(server.lastSweep()).toEqual({ indexRows: 0, records: 0, sent: 0 });

    // Stored after the last indexing: its change indexes it (no rebuild within the hour).
    clock.now = at('2026-12-30', '11:00');
    const late = await anOpportunityIn(h.storage, 'awaitingFunds');
    // One moves on: its funds wait ends, its posting approval waits (due Monday 4 January 11:00).
    await applied(
      h.storage,
      waiting[0]!.id,
      { kind: 'approveFunds', comment: '' },
      people.cardholder,
    );
    await h.settled();
    const mark = h.connector.recorded.length;
    // Thursday 31, 08:00: the three looked at yesterday; one no longer waits for the cardholder and
    // the other two were reminded within the interval.
    expect(await sweep([server], at('2026-12-31', '08:00'))).toBe(0);
    expect(server.lastSweep()).toMatchObject({ indexRows: 3, records: 3 });
    // Monday 4 January, 11:30: the late one (due 11:00), the approved one's posting approval, and
    // the two still waiting for funds, whose interval has passed.
    expect(await sweep([server], at('2027-01-04', '11:30'))).toBe(4);
    const reminded = [...sentTo(people.cardholder, mark), ...sentTo(people.procurement, mark)].map(
      textOf,
    );
    expect(reminded).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`Reminder: ${late.id} has waited 2 business days`),
        expect.stringContaining(`Reminder: ${waiting[0]!.id} has waited 2 business days`),
      ]),
    );
    expect(reminded).toHaveLength(4);
  } finally {
    server.stop();
  }
});
