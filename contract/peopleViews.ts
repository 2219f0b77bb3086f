// The people pages' answers (`/api/people…`), as the tab reads them and the server builds them.
import type { Opportunity } from '../domain/opportunity';
import type { Role } from '../domain/people';
import type { PersonChange, PersonChangeReason } from '../domain/personEvents';
import type { AdminAction, AdminRefusalReason } from '../domain/peopleAdmin';

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
