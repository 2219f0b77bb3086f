import { awaiting } from '../../domain/awaiting';
import type { Opportunity } from '../../domain/opportunity';
import type { PersonEvent } from '../../domain/personEvents';
import type {
  InvitationView,
  OpenStep,
  PersonListItem,
  PersonTimelineEntry,
} from '../../contract/peopleViews';
import type { StoredInvitation } from '../../storage/invitationRows';
import type { RefusedAdminChange } from '../../storage/adminRefusalRows';
import type { PersonRecord } from '../../storage/personRows';

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
