import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Person, Role } from '../domain/people';
import { evolvePerson, type PendingPersonChange } from '../domain/personEvents';
import { guard, statusOf } from './errors';
import { encodeKey } from './keys';
import type { PeopleDirectory } from './peopleDirectory';
import { eventRow, headRow, lastContactRowKey, readHead, type Snapshot } from './personRows';

/**
 * Last contact (`personRows.ts`) is written at most this often per person and server instance:
 * a request is not worth a write.
 */
const contactResolutionMs = 15 * 60 * 1000;

/** Two contacts at once (the bot and the tab) race on the head; the loser re-reads and re-decides. */
export const attempts = 5;

/** Told after a person's stored roles lost some (a revoke, a deactivation); must not throw. */
export type RolesLostListener = (person: Person, lost: Role[]) => void;

export interface WriteOptions {
  acceptedInvitation?: string;
}

/**
 * How the changes `PeopleStore` decided are written: the head and one event per change in one
 * transaction guarded by the head's ETag, then the directory and whoever listens for lost roles
 * are told. The last contact is a row of its own, written apart from the head.
 */
export class PersonWrites {
  private readonly rolesLostListeners: RolesLostListener[] = [];
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly table: TableClient,
    private readonly clock: () => Date,
    private readonly everyone: PeopleDirectory,
  ) {}

  onRolesLost(listener: RolesLostListener): void {
    this.rolesLostListeners.push(listener);
  }

  /** Reads the head, decides the changes, writes the head and their events in one transaction. */
  async change(
    id: string,
    decide: (stored: Snapshot | null) => PendingPersonChange[],
    options: WriteOptions = {},
    first?: Snapshot | null,
  ): Promise<Person> {
    for (let attempt = 1; ; attempt++) {
      const stored = attempt === 1 && first !== undefined ? first : await readHead(this.table, id);
      const pending = decide(stored);
      if (!pending.length) {
        if (!stored) throw new Error('a person must be registered before they change');
        return stored.person;
      }
      try {
        return await this.write(id, stored, pending, options);
      } catch (error) {
        const status = statusOf(error);
        if ((status !== 409 && status !== 412) || attempt >= attempts) throw error;
      }
    }
  }

  /** Last contact, to the quarter hour; a lost race between instances loses a few minutes at most. */
  async touch(id: string, at: string): Promise<void> {
    const now = Date.parse(at);
    if (now - (this.lastTouched.get(id) ?? 0) < contactResolutionMs) return;
    if (this.lastTouched.size >= 10_000) this.lastTouched.clear();
    this.lastTouched.set(id, now);
    await guard(() =>
      this.table.upsertEntity(
        { partitionKey: encodeKey(id), rowKey: lastContactRowKey, at },
        'Replace',
      ),
    );
  }

  /** The head and one event per change, in one transaction guarded by the head's ETag. */
  async write(
    id: string,
    stored: Snapshot | null,
    pending: PendingPersonChange[],
    options: WriteOptions,
  ): Promise<Person> {
    const partitionKey = encodeKey(id);
    const at = this.clock().toISOString();
    let person = stored?.person ?? null;
    let version = stored?.version ?? 0;
    const events: Array<TransactionAction> = [];
    for (const pendingChange of pending) {
      person = evolvePerson(person, id, pendingChange.change);
      version += 1;
      events.push(['create', eventRow(partitionKey, version, at, pendingChange)]);
    }
    const head = headRow(partitionKey, person!, {
      version,
      bootstrapGranted:
        stored?.bootstrapGranted === true || pending.some((p) => p.why === 'bootstrapAdmins'),
      updatedAt: at,
      updatedByName: pending.at(-1)!.by.name,
      acceptedInvitation: options.acceptedInvitation ?? stored?.acceptedInvitation,
    });
    const write: TransactionAction = stored
      ? ['update', head, 'Replace', { etag: stored.etag }]
      : ['create', head];
    await guard(() => this.table.submitTransaction([write, ...events]));
    await this.everyone.changed();
    const lost = (stored?.person.roles ?? []).filter((r) => !person!.roles.includes(r));
    if (lost.length) for (const listener of this.rolesLostListeners) listener(person!, lost);
    return person!;
  }
}
