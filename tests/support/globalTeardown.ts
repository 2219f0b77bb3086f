import type { RunningAzurite } from '../../storage/azurite';

export default async function globalTeardown(): Promise<void> {
  await ((globalThis as Record<string, unknown>).__azurite as RunningAzurite | undefined)?.stop();
}
