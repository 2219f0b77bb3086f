import { awaiting } from '../../domain/awaiting';
import type { Opportunity } from '../../domain/opportunity';
import type { Role } from '../../domain/people';
import type { PersonChange, PersonChangeReason, PersonEvent } from '../../domain/personEvents';
import type { AdminAction, AdminRefusalReason } from '../../domain/peopleAdmin';
import type { StoredInvitation } from '../../storage/invitationRows';
import type { PersonRecord, RefusedAdminChange } from '../../storage/peopleStore';

/** One line of the people list (GET /api/people). */
export interface PersonListItem {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  deactivated: boolean;
  lastContactAt: string | null;
  version: number;
}

/** An invitation still waiting for its user principal name. */
export interface InvitationView {
  upn: string;
  roles: Role[];
  reason: string;
  at: string;
  byName: string;
}

export interface PeopleList {
  items: PersonListItem[];
  /** Waiting invitations that match the search (first page only). */
  invitations: InvitationView[];
  continuationToken: string | null;
  /** Whether this person may change roles, invite and deactivate (admins), or only read (managers). */
  mayManage: boolean;
}

/** Something that waits for this person: an opportunity and the state it waits in. */
export interface OpenStep {
  opportunityId: string;
  titleEn: string;
  titleFr: string;
  state: Opportunity['state'];
  /** Whether it waits for them by name or for anyone holding a role they have. */
  as: 'named' | Role;
}

export type PersonTimelineEntry =
  | {
      kind: 'event';
      version: number;
      at: string;
      byName: string;
      why: PersonChangeReason;
      reason: string | null;
      change: PersonChange;
    }
  | {
      kind: 'refused';
      at: string;
      byName: string;
      action: AdminAction;
      refusal: AdminRefusalReason;
      reason: string;
    };

/** GET /api/people/{id}, and the answer to every change. */
export interface PersonDetail extends PersonListItem {
  locale: string;
  openSteps: OpenStep[];
  timeline: PersonTimelineEntry[];
  mayManage: boolean;
}

export function listItem(record: PersonRecord): PersonListItem {
  const { person } = record;
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    roles: person.roles,
    deactivated: person.deactivated === true,
    lastContactAt: record.lastContactAt ?? null,
    version: record.version,
  };
}

export function invitationView(invitation: StoredInvitation): InvitationView {
  const { upn, roles, reason, at, by } = invitation;
  return { upn, roles, reason, at, byName: by.name };
}

export function openStep(record: Opportunity, personId: string): OpenStep | null {
  const waits = awaiting(record);
  if (!waits) return null;
  const as = 'personId' in waits ? (waits.personId === personId ? 'named' : null) : waits.role;
  if (!as) return null;
  const { titleEn, titleFr } = record.fields;
  return { opportunityId: record.id, titleEn, titleFr, state: record.state, as };
}

export function personTimeline(
  events: PersonEvent[],
  refusals: RefusedAdminChange[],
): PersonTimelineEntry[] {
  const entries: PersonTimelineEntry[] = [
    ...events.map((e): PersonTimelineEntry => ({
      kind: 'event',
      version: e.version,
      at: e.at,
      byName: e.by.name,
      why: e.why,
      reason: e.reason ?? null,
      change: e.change,
    })),
    ...refusals.map((r): PersonTimelineEntry => ({
      kind: 'refused',
      at: r.at,
      byName: r.by.name,
      action: r.action,
      refusal: r.refusal,
      reason: r.reason,
    })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
