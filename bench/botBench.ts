import { Agent, request } from 'node:http';
import { completeFields, people } from '../tests/support/builders';
import { invoke, message, startBot } from '../tests/support/teams';
import { actorFromPerson } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { withoutMetadata } from './intentBench';
import { ms, summary, timed } from './stats';

const samples = 300;
const warmup = 30;
const concurrentApprovers = 16;
const throughputApprovals = 800;

/**
 * Posts an activity the way the bare side's SDK talks to storage: Node's http module, one kept-
 * alive connection. (The tests' `fetch` adds about a millisecond of client work of its own.)
 */
export function poster(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrentApprovers });
  const url = new URL('/api/messages', baseUrl);
  return {
    post(activity: unknown): Promise<number> {
      const body = Buffer.from(JSON.stringify(activity));
      return new Promise((resolve, reject) => {
        const req = request(
          url,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': body.length },
          },
          (res) => {
            res.on('data', () => undefined);
            res.on('end', () => resolve(res.statusCode ?? 0));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/**
 * An approval pressed in Teams, end to end over HTTP through the CloudAdapter, against the bare
 * storage work it performs (a getEntity and a transaction of head + event, straight with the
 * SDK), alternated in one run; then sustained approvals with 16 approvers pressing at once.
 */
export async function botBench(): Promise<void> {
  const azurite = await startAzurite();
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
  const h = await startBot();
  const client = poster(h.url);
  try {
    const store = h.storage.opportunities;
    const table = h.storage.tables.clients.opportunities;
    await h.post(message(people.cardholder, h.connector.url, 'help'));
    const awaitingFunds = async () => {
      const created = await store.create(actorFromPerson(people.author), completeFields());
      if (created.kind !== 'applied') throw new Error(created.kind);
      const submitted = await store.apply(
        created.record.id,
        { kind: 'submit' },
        actorFromPerson(people.author),
      );
      if (submitted.kind !== 'applied') throw new Error(submitted.kind);
      return submitted.record;
    };
    const viaBot: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const [a, b] = [await awaitingFunds(), await awaitingFunds()];
      // Each side is timed alone: the notices that setting up sends, and those the approval
      // sends after its answer, run before the next measurement, not during it.
      await h.settled();
      const botTime = await timed(async () => {
        const status = await client.post(
          invoke(people.cardholder, h.connector.url, 'approveFunds', {
            opportunityId: a.id,
            version: a.version,
          }),
        );
        if (status !== 200) throw new Error(`invoke: ${status}`);
      });
      await h.settled();
      const event = await table.getEntity<Record<string, unknown>>(b.id, 'event-0000000002');
      const bareTime = await timed(async () => {
        const head = await table.getEntity<Record<string, unknown>>(b.id, 'head');
        await table.submitTransaction([
          ['update', { ...withoutMetadata(head), version: 3 }, 'Replace', { etag: head.etag }],
          ['create', { ...withoutMetadata(event), rowKey: 'event-0000000003', version: 3 }],
        ]);
      });
      if (i >= warmup) {
        viaBot.push(botTime);
        bare.push(bareTime);
      }
      await h.settled();
    }
    const s = summary(viaBot);
    const b = summary(bare);
    console.log(
      `\n## Bot: an approval invoke over HTTP vs the bare store transaction (${samples} each, alternated)`,
    );
    console.log(`approval invoke end to end (node:http)   p50 ${ms(s.p50)}  p95 ${ms(s.p95)}`);
    console.log(`bare getEntity + submitTransaction       p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
    console.log(
      `invoke/bare ratio  p50 ${(s.p50 / b.p50).toFixed(2)}  p95 ${(s.p95 / b.p95).toFixed(2)}  (target ≤ 2)`,
    );

    const queue: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < throughputApprovals; i++) queue.push(await awaitingFunds());
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrentApprovers }, async () => {
        while (next < queue.length) {
          const record = queue[next++]!;
          const status = await client.post(
            invoke(people.cardholder, h.connector.url, 'approveFunds', {
              opportunityId: record.id,
              version: record.version,
            }),
          );
          if (status !== 200) failures++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await h.settled();
    console.log(
      `sustained: ${throughputApprovals} approvals by ${concurrentApprovers} concurrent approvers in ${seconds.toFixed(2)} s = ${(throughputApprovals / seconds).toFixed(0)} approvals/s, ${failures} failed`,
    );
  } finally {
    client.close();
    await h.close();
    await azurite.stop();
  }
}
