import type { TableClient } from '@azure/data-tables';
import { formatOpportunityId } from '../domain/opportunity';
import { easternDate } from '../domain/text';
import { guard, statusOf } from './errors';

/** The counters table: per-year opportunity numbers and the idempotency keys of creations. */
export type Counters = TableClient;

const maxAttempts = 50;

interface CounterEntity {
  value: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next number of the year, e.g. MA-2026-0007; ETag-guarded, so safe on several servers. */
export async function allocateOpportunityId(counters: Counters, now: Date): Promise<string> {
  const year = Number(easternDate(now).slice(0, 4));
  return guard(async () => {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        const current = await counters.getEntity<CounterEntity>('opportunity', String(year));
        const value = current.value + 1;
        await counters.updateEntity(
          { partitionKey: 'opportunity', rowKey: String(year), value },
          'Replace',
          {
            etag: current.etag,
          },
        );
        return formatOpportunityId(year, value);
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) {
          try {
            await counters.createEntity({
              partitionKey: 'opportunity',
              rowKey: String(year),
              value: 1,
            });
            return formatOpportunityId(year, 1);
          } catch (createError) {
            if (statusOf(createError) !== 409) throw createError;
          }
        } else if (status !== 412) throw error;
        await pause(Math.random() * 10 * (attempt + 1));
      }
    }
    throw new Error(`could not allocate an opportunity number after ${maxAttempts} attempts`);
  });
}

/**
 * Ties a creation's idempotency token to one opportunity id. A second claim with the same
 * token gets the first id back (`existed`), even if the first creation crashed halfway.
 */
export async function claimCreateKey(
  counters: Counters,
  token: string,
  allocate: () => Promise<string>,
): Promise<{ id: string; existed: boolean }> {
  const read = async (): Promise<string | null> => {
    try {
      return (await counters.getEntity<{ opportunityId: string }>('create', token)).opportunityId;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  };
  return guard(async () => {
    const claimed = await read();
    if (claimed) return { id: claimed, existed: true };
    const id = await allocate();
    try {
      await counters.createEntity({ partitionKey: 'create', rowKey: token, opportunityId: id });
      return { id, existed: false };
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      const winner = await read();
      if (!winner) throw error;
      return { id: winner, existed: true };
    }
  });
}
