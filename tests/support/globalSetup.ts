import { startAzurite } from '../../storage/azurite';

/** One in-memory Azurite on a free port for the whole run; each test file uses its own tables. */
export default async function globalSetup(): Promise<void> {
  const azurite = await startAzurite();
  (globalThis as Record<string, unknown>).__azurite = azurite;
  process.env.TEST_STORAGE_CONNECTION_STRING = azurite.connectionString;
}
