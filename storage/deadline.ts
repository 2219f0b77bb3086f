import { AsyncLocalStorage } from 'node:async_hooks';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';

/**
 * How long all the storage calls made for one person's request may take together, counted from
 * the first of them. One try is cut at `storageTryTimeoutMs`, but a request makes several calls in
 * a row (read, write, check whether an unanswered write landed), so a storage that takes requests
 * and never answers could keep a person waiting 30 s and more; Teams gives an invoke 15 s. Past
 * the budget every call fails at once as unavailable, and the person is told to try again.
 */
export const requestStorageBudgetMs = 12_000;

interface Budget {
  readonly ms: number;
  /** Made on the first storage call, so reading a slow request body does not spend the budget. */
  signal?: AbortSignal;
}

const current = new AsyncLocalStorage<Budget | undefined>();

/** Runs `work` (one request's answer) with one storage budget shared by all its calls. */
export function withStorageBudget<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return current.run({ ms }, work);
}

/** Runs `work` outside any request's budget: follow-up work that outlives the answer. */
export function withoutStorageBudget<T>(work: () => Promise<T>): Promise<T> {
  return current.run(undefined, work);
}

/**
 * The budget of the request being answered, started if no storage call has started it yet;
 * undefined outside a request. Work shared by several requests (one number reservation for many
 * creations) runs without a budget, and each waiting request gives up on its own.
 */
export function currentBudgetSignal(): AbortSignal | undefined {
  const budget = current.getStore();
  if (!budget) return undefined;
  budget.signal ??= AbortSignal.timeout(budget.ms);
  return budget.signal;
}

/** Once per storage call (before the retries): ties the call to its request's budget. */
export function storageBudgetPolicy(): PipelinePolicy {
  return {
    name: 'requestStorageBudget',
    sendRequest: (request, next) => {
      const signal = currentBudgetSignal();
      if (signal) {
        request.abortSignal = request.abortSignal
          ? AbortSignal.any([request.abortSignal as AbortSignal, signal])
          : signal;
      }
      return next(request);
    },
  };
}
