import { randomBytes } from 'node:crypto';
import type { Person } from '../../domain/people';
import type { RegistrationPolicy } from '../../domain/registration';
import type { RunLater } from '../../storage/listIndex';
import { openStorage, type Storage } from '../../storage/storage';
import { people } from './builders';

/** The public site's address notices link to, unless a test gives another. */
export const testSiteUrl = 'https://example.gc.ca/opportunities';

/** Storage on the run's Azurite, in tables of its own so test files never see each other's rows. */
export async function testStorage(
  options: {
    clock?: () => Date;
    seed?: Person[];
    registration?: RegistrationPolicy;
    questionCutoffHours?: number;
    /** Where notices to suppliers link to. */
    publicSiteUrl?: string;
    /**
     * MIN_POSTING_BUSINESS_DAYS. Fixtures post opportunities that close seconds later on the real
     * clock, so it is 0 unless given; given as `undefined`, the store's own default (5) applies.
     * The period itself is tested in tests/storage/postingPeriod.test.ts.
     */
    minPostingBusinessDays?: number | undefined;
    /** Runs the follow-up work the server runs after its answer (the list index's writes). */
    runLater?: RunLater;
  } = {},
): Promise<Storage> {
  const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING;
  if (!connectionString)
    throw new Error(
      'TEST_STORAGE_CONNECTION_STRING is not set: run the tests with jest (globalSetup starts Azurite)',
    );
  const storage = await openStorage(
    { kind: 'connectionString', connectionString },
    {
      tablePrefix: `t${randomBytes(5).toString('hex')}`,
      clock: options.clock,
      registration: options.registration,
      questionCutoffHours: options.questionCutoffHours,
      publicSiteUrl: options.publicSiteUrl ?? testSiteUrl,
      runLater: options.runLater,
      minPostingBusinessDays:
        'minPostingBusinessDays' in options ? options.minPostingBusinessDays : 0,
    },
  );
  for (const person of options.seed ?? Object.values(people)) await storage.people.put(person);
  return storage;
}
