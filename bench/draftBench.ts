import { people } from '../tests/support/builders';
import { invoke, message, startBot } from '../tests/support/teams';
import { actorFromPerson } from '../domain/people';
import { startAzurite } from '../storage/azurite';
import { poster } from './botBench';
import { withoutMetadata } from './intentBench';
import { ms, summary, timed } from './stats';
import { startStorageTally } from './storageTally';

const samples = 300;
const warmup = 30;

/**
 * Saving a draft from the short card (docs/bot.md, "The short draft card"): a `saveDraft` invoke
 * end to end over HTTP through the CloudAdapter (the person and the record read, the save, the
 * answer card with its cardholders and what is left to complete), against the bare storage work
 * of a save (a getEntity and a transaction of head + event, straight with the SDK), alternated.
 * BENCH_STORAGE_TALLY=1 prints the storage requests the whole run made, by kind (both sides and
 * the set-up; latencies of such a run are not comparable with others).
 */
export async function draftBench(): Promise<void> {
  const azurite = await startAzurite();
  const tally =
    process.env.BENCH_STORAGE_TALLY === '1' ? await startStorageTally(azurite) : undefined;
  process.env.TEST_STORAGE_CONNECTION_STRING = tally?.connectionString ?? azurite.connectionString;
  const h = await startBot();
  const client = poster(h.url);
  try {
    const store = h.storage.opportunities;
    const table = h.storage.tables.clients.opportunities;
    await h.post(message(people.cardholder, h.connector.url, 'help'));
    const draft = async () => {
      const created = await store.create(actorFromPerson(people.author), {
        titleEn: 'Accessible date picker',
        titleFr: 'Sélecteur de date accessible',
      });
      if (created.kind !== 'applied') throw new Error(created.kind);
      return created.record;
    };
    const viaCard: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < warmup + samples; i++) {
      const [a, b] = [await draft(), await draft()];
      await h.settled();
      const cardTime = await timed(async () => {
        const status = await client.post(
          invoke(people.author, h.connector.url, 'saveDraft', {
            opportunityId: a.id,
            version: a.version,
            titleEn: `Accessible date picker ${i}`,
            titleFr: `Sélecteur de date accessible ${i}`,
            summaryEn: 'Build an accessible date picker for our forms.',
            summaryFr: 'Créer un sélecteur de date accessible pour nos formulaires.',
            cardholderId: people.cardholder.id,
          }),
        );
        if (status !== 200) throw new Error(`invoke: ${status}`);
      });
      await h.settled();
      const event = await table.getEntity<Record<string, unknown>>(b.id, 'event-0000000001');
      const bareTime = await timed(async () => {
        const head = await table.getEntity<Record<string, unknown>>(b.id, 'head');
        await table.submitTransaction([
          ['update', { ...withoutMetadata(head), version: 2 }, 'Replace', { etag: head.etag }],
          ['create', { ...withoutMetadata(event), rowKey: 'event-0000000002', version: 2 }],
        ]);
      });
      if ((await store.get(a.id))?.version !== 2) throw new Error('the card did not save');
      if (i >= warmup) {
        viaCard.push(cardTime);
        bare.push(bareTime);
      }
    }
    const c = summary(viaCard);
    const b = summary(bare);
    console.log(
      `\n## Draft: saving from the short card over HTTP vs the bare store transaction (${samples} each, alternated)`,
    );
    console.log(`saveDraft invoke end to end (node:http)  p50 ${ms(c.p50)}  p95 ${ms(c.p95)}`);
    console.log(`bare getEntity + submitTransaction       p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`);
    console.log(
      `card/bare ratio  p50 ${(c.p50 / b.p50).toFixed(2)}  p95 ${(c.p95 / b.p95).toFixed(2)}  (target ≤ 2)`,
    );
    if (tally) console.log(`\nstorage requests of the run\n${tally.report()}`);
  } finally {
    client.close();
    await h.close();
    await tally?.close();
    await azurite.stop();
  }
}
