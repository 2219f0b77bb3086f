import { randomUUID } from 'node:crypto';
import { odata, type TableClient } from '@azure/data-tables';
import type { AdminRefusal, Invitation } from '../domain/peopleAdmin';
import { upnKey } from '../domain/peopleAdmin';
import { isRole, type Role } from '../domain/people';
import type { PersonEventAuthor } from '../domain/personEvents';
import { writeRefusalRow } from './adminRefusalRows';
import { assertEntityFits } from './entityLimits';
import { getOrNull, guard, statusOf } from './errors';
import { encodeKey, eventRowKey } from './keys';

/** An invitation as stored: the grant waiting for a user principal name, and who sent it. */
export interface StoredInvitation {
  id: string;
  upn: string;
  roles: Role[];
  reason: string;
  at: string;
  by: PersonEventAuthor;
  version: number;
  /** Set once the invited person's first contact with this address took the roles. */
  acceptedBy?: string;
  acceptedAt?: string;
}

interface InvitationEntity {
  id: string;
  upn: string;
  roles: string;
  reason: string;
  at: string;
  byId: string;
  byName: string;
  version: number;
  acceptedBy?: string;
  acceptedAt?: string;
}

/**
 * Invitations live in the people table, one partition per user principal name (`invitation:`
 * cannot begin an Entra object id), a row `invitation` (the one waiting now) and event rows (every
 * invitation sent), so the people list (`RowKey eq 'head'`) never sees them.
 */
export const invitationRowKey = 'invitation';
export function invitationPartition(upn: string): string {
  return encodeKey(`invitation:${upnKey(upn)}`);
}

function fromEntity(entity: InvitationEntity): StoredInvitation {
  return {
    id: entity.id,
    upn: entity.upn,
    roles: entity.roles.split(',').filter(isRole),
    reason: entity.reason,
    at: entity.at,
    by: { kind: 'person', id: entity.byId, name: entity.byName },
    version: entity.version,
    ...(entity.acceptedBy ? { acceptedBy: entity.acceptedBy, acceptedAt: entity.acceptedAt } : {}),
  };
}

export async function readInvitation(
  table: TableClient,
  upn: string,
): Promise<(StoredInvitation & { etag: string }) | null> {
  const entity = await getOrNull<InvitationEntity>(
    table,
    invitationPartition(upn),
    invitationRowKey,
  );
  return entity ? { ...fromEntity(entity), etag: entity.etag } : null;
}

/** Invitations not yet matched to anyone, for the People view. */
export async function pendingInvitations(table: TableClient): Promise<StoredInvitation[]> {
  return guard(async () => {
    const found: StoredInvitation[] = [];
    const rows = table.listEntities<InvitationEntity>({
      queryOptions: { filter: odata`RowKey eq ${invitationRowKey}` },
    });
    for await (const row of rows) if (!row.acceptedBy) found.push(fromEntity(row));
    return found;
  });
}

/**
 * Writes an invitation and its event together; a newer invitation to the same address replaces
 * one still waiting (its event stays). Two admins at once: one wins, the other retries on top.
 */
export async function writeInvitation(
  table: TableClient,
  invitation: Invitation,
  by: PersonEventAuthor,
  at: string,
): Promise<StoredInvitation> {
  const partitionKey = invitationPartition(invitation.upn);
  for (let attempt = 1; ; attempt++) {
    const before = await readInvitation(table, invitation.upn);
    const stored: StoredInvitation = {
      id: randomUUID(),
      upn: invitation.upn,
      roles: invitation.roles,
      reason: invitation.reason,
      at,
      by,
      version: (before?.version ?? 0) + 1,
    };
    const entity: InvitationEntity = {
      id: stored.id,
      upn: stored.upn,
      roles: stored.roles.join(','),
      reason: stored.reason,
      at,
      byId: by.id,
      byName: by.name,
      version: stored.version,
    };
    const head = { partitionKey, rowKey: invitationRowKey, ...entity };
    const event = { partitionKey, rowKey: eventRowKey(stored.version), ...entity };
    assertEntityFits(head);
    try {
      await guard(() =>
        table.submitTransaction([
          before ? ['update', head, 'Replace', { etag: before.etag }] : ['create', head],
          ['create', event],
        ]),
      );
      return stored;
    } catch (error) {
      const status = statusOf(error);
      if ((status !== 409 && status !== 412) || attempt >= 5) throw error;
    }
  }
}

/** The person took the invitation's roles: it waits no more. A later writer wins harmlessly. */
export async function markAccepted(
  table: TableClient,
  invitation: StoredInvitation & { etag: string },
  personId: string,
  at: string,
): Promise<void> {
  try {
    await guard(() =>
      table.updateEntity(
        {
          partitionKey: invitationPartition(invitation.upn),
          rowKey: invitationRowKey,
          acceptedBy: personId,
          acceptedAt: at,
        },
        'Merge',
        { etag: invitation.etag },
      ),
    );
  } catch (error) {
    // Replaced by a newer invitation meanwhile: that one still waits, as it should.
    if (statusOf(error) !== 412 && statusOf(error) !== 404) throw error;
  }
}

/** A refused invitation, kept beside the invitations to that address. */
export function recordInvitationRefusal(
  table: TableClient,
  upn: string,
  refusal: AdminRefusal,
  by: PersonEventAuthor,
  reason: string,
  at: string,
): Promise<void> {
  return writeRefusalRow(table, invitationPartition(upn), refusal, by, reason, at);
}
