import type { ServerResponse } from 'node:http';
import { formatDateTime } from '../../domain/locale';
import { t } from '../../domain/messages';
import { isRole, type Actor, type Person } from '../../domain/people';
import {
  canManagePeople,
  canReadPeople,
  decideDeactivation,
  decideInvitation,
  decideRoleChange,
  parseDeactivation,
  parseInvitation,
  parseRoleChange,
  upnKey,
  type AdminDecision,
  type AdminRefusal,
} from '../../domain/peopleAdmin';
import { isObjectId } from '../../domain/registration';
import type { AdminOutcome } from '../../storage/peopleStore';
import type { PersonRecord } from '../../storage/personRows';
import type { Storage } from '../../storage/storage';
import { readJsonBody } from '../../runtime/http';
import type { PersonContext } from './guard';
import { etagOf, parseIfMatch, problemsBody } from './outcomes';
import type { OpenStep, PeopleList, PersonDetail } from '../../contract/peopleViews';
import { invitationView, listItem, openStep, personTimeline } from './peopleViews';
import { fail, failBody, reply, replyAs } from './respond';

/** A people page: the list is read whole and cut here (a department's people fit in memory). */
const pageSize = 50;
const bodyLimit = 16 * 1024;

function refused(res: ServerResponse, refusal: AdminRefusal, target: Person | null): void {
  const action = (locale: 'en' | 'fr') => t(locale, `adminAction.${refusal.action}`);
  const params = (locale: 'en' | 'fr') => ({ action: action(locale), name: target?.name ?? '' });
  const message = {
    en: t('en', `adminRefusal.${refusal.reason}`, params('en')),
    fr: t('fr', `adminRefusal.${refusal.reason}`, params('fr')),
  };
  if (refusal.reason === 'lastAdmin') reply(res, 409, { error: 'lastAdmin', message });
  else reply(res, 403, { error: 'forbidden', reason: refusal.reason, message });
}

/** A cursor over the list sorted by name then id: the last one shown, base64url. */
function encodeCursor(item: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([item.name.toLowerCase(), item.id])).toString('base64url');
}

function decodeCursor(token: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [name, id] = value as unknown[];
    return typeof name === 'string' && typeof id === 'string' ? [name, id] : null;
  } catch {
    return null;
  }
}

const byName = (a: PersonRecord, b: PersonRecord) =>
  a.person.name.toLowerCase().localeCompare(b.person.name.toLowerCase()) ||
  a.person.id.localeCompare(b.person.id);

/** GET /api/people?search=&role=&continuationToken=: admins and managers. */
export function listPeople(storage: Storage) {
  return async ({ res, url, actor }: PersonContext): Promise<void> => {
    if (!canReadPeople(actor)) return fail(res, 403, 'forbidden', 'people.api.readForbidden');
    const params = url.searchParams;
    const search = (params.get('search') ?? '').trim().toLowerCase();
    const role = params.get('role');
    const token = params.get('continuationToken');
    const cursor = token ? decodeCursor(token) : null;
    if (search.length > 200 || (role && !isRole(role)) || (token && !cursor))
      return fail(res, 400, 'invalidQuery', 'people.api.invalidQuery');
    const matches = (text: string) => !search || text.toLowerCase().includes(search);
    const all = (await storage.people.records())
      .filter((r) => matches(r.person.name) || matches(r.person.email))
      .filter((r) => !role || r.person.roles.includes(role as never))
      .sort(byName);
    const start = cursor
      ? all.findIndex(
          (r) =>
            r.person.name.toLowerCase().localeCompare(cursor[0]) > 0 ||
            (r.person.name.toLowerCase() === cursor[0] && r.person.id.localeCompare(cursor[1]) > 0),
        )
      : 0;
    const page = start < 0 ? [] : all.slice(start, start + pageSize);
    const last = page.at(-1);
    const more = start >= 0 && start + pageSize < all.length;
    const invitations = cursor
      ? []
      : (await storage.people.invitations())
          .filter((i) => matches(i.upn) && (!role || i.roles.includes(role as never)))
          .map(invitationView);
    const body: PeopleList = {
      items: page.map(listItem),
      invitations,
      continuationToken: more && last ? encodeCursor(last.person) : null,
      mayManage: canManagePeople(actor),
    };
    replyAs('GET /api/people', res, 200, body);
  };
}

async function openSteps(storage: Storage, person: Person): Promise<OpenStep[]> {
  const page = await storage.opportunities.list({ kind: 'awaiting', person }, { size: 100 });
  return page.items.map((record) => openStep(record, person.id)).filter((s) => s !== null);
}

async function detail(
  storage: Storage,
  record: PersonRecord,
  actor: Actor,
  steps?: OpenStep[],
): Promise<PersonDetail> {
  const { person } = record;
  const [events, refusals, open] = await Promise.all([
    storage.people.timeline(person.id),
    storage.people.refusals(person.id),
    steps ? Promise.resolve(steps) : openSteps(storage, person),
  ]);
  return {
    ...listItem(record),
    locale: person.chosenLocale ?? person.locale,
    openSteps: open,
    timeline: personTimeline(events, refusals),
    mayManage: canManagePeople(actor),
  };
}

/** POST /api/people/invitations: the grant waits for the address, matched on first contact. */
export function invitePerson(storage: Storage) {
  return async ({ req, res, actor, person }: PersonContext): Promise<void> => {
    const body = await readJsonBody(req, bodyLimit);
    if (!body.ok) return failBody(res, body);
    const parsed = parseInvitation(body.value);
    if (!parsed.ok)
      return fail(
        res,
        400,
        'invalid',
        'tab.api.invalid',
        {},
        { problems: problemsBody(parsed.error) },
      );
    const invitation = parsed.value;
    const refusal = decideInvitation(actor, invitation, person.email);
    if (refusal) {
      await storage.people.recordInvitationRefusal(
        invitation.upn,
        refusal,
        actor,
        invitation.reason,
      );
      return refused(res, refusal, person);
    }
    const known = (await storage.people.list()).find(
      (p) => p.email && upnKey(p.email) === upnKey(invitation.upn),
    );
    if (known)
      return fail(
        res,
        409,
        'alreadyRegistered',
        'people.api.alreadyRegistered',
        { name: known.name },
        { id: known.id },
      );
    const stored = await storage.people.invite(invitation, actor);
    replyAs('POST /api/people/invitations', res, 201, invitationView(stored));
  };
}

type PersonIdContext = PersonContext<{ id: string }>;

/**
 * The person a `/api/people/:id…` route is about, for someone who may read people; otherwise the
 * refusal is answered and null returned.
 */
function targetOf({ res, actor, params }: PersonIdContext): string | null {
  if (!isObjectId(params.id)) {
    fail(res, 404, 'notFound', 'tab.api.notFound');
    return null;
  }
  if (!canReadPeople(actor)) {
    fail(res, 403, 'forbidden', 'people.api.readForbidden');
    return null;
  }
  return params.id;
}

/** GET /api/people/:id: the person, their open steps and their timeline. */
export function readPerson(storage: Storage) {
  return async (context: PersonIdContext): Promise<void> => {
    const id = targetOf(context);
    if (id === null) return;
    const { res, actor } = context;
    const record = await storage.people.record(id);
    if (!record) return fail(res, 404, 'notFound', 'people.api.notFound', { id });
    replyAs('GET /api/people/:id', res, 200, await detail(storage, record, actor), {
      etag: etagOf(record.version),
    });
  };
}

/**
 * POST /api/people/:id/roles (If-Match required) and POST /api/people/:id/deactivate (If-Match
 * optional): an administrative change, decided against the record as stored.
 */
export function administerPerson(storage: Storage, action: 'roles' | 'deactivate') {
  return async (context: PersonIdContext): Promise<void> => {
    const id = targetOf(context);
    if (id === null) return;
    const { req, res, actor } = context;
    const ifMatch = req.headers['if-match'];
    const expectedVersion = parseIfMatch(ifMatch);
    if (ifMatch !== undefined && expectedVersion === null)
      return fail(res, 400, 'invalidIfMatch', 'people.api.preconditionRequired');
    if (action === 'roles' && expectedVersion === null)
      return fail(res, 428, 'preconditionRequired', 'people.api.preconditionRequired');
    const body = await readJsonBody(req, bodyLimit);
    if (!body.ok) return failBody(res, body);

    let decide: (target: Person, admins: string[]) => AdminDecision;
    let reason: string;
    let stepsBefore: OpenStep[] | undefined;
    if (action === 'roles') {
      const parsed = parseRoleChange(body.value);
      if (!parsed.ok)
        return fail(
          res,
          400,
          'invalid',
          'tab.api.invalid',
          {},
          { problems: problemsBody(parsed.error) },
        );
      reason = parsed.value.reason;
      decide = (target, admins) => decideRoleChange(actor, target, parsed.value, admins);
    } else {
      const parsed = parseDeactivation(body.value);
      if (!parsed.ok)
        return fail(
          res,
          400,
          'invalid',
          'tab.api.invalid',
          {},
          { problems: problemsBody(parsed.error) },
        );
      reason = parsed.value.reason;
      // What waited for them while they held their roles: someone must pick it up.
      const before = await storage.people.get(id);
      if (before) stepsBefore = await openSteps(storage, before);
      decide = (target, admins) => decideDeactivation(actor, target, reason, admins);
    }
    const outcome = await storage.people.administer(id, expectedVersion ?? undefined, decide, {
      by: actor,
      reason,
    });
    await sendAdminOutcome(
      action === 'roles' ? 'POST /api/people/:id/roles' : 'POST /api/people/:id/deactivate',
      storage,
      res,
      outcome,
      actor,
      id,
      stepsBefore,
    );
  };
}

async function sendAdminOutcome(
  route: 'POST /api/people/:id/roles' | 'POST /api/people/:id/deactivate',
  storage: Storage,
  res: ServerResponse,
  outcome: AdminOutcome,
  actor: Actor,
  id: string,
  steps: OpenStep[] | undefined,
): Promise<void> {
  switch (outcome.kind) {
    case 'notFound':
      return fail(res, 404, 'notFound', 'people.api.notFound', { id });
    case 'refused':
      return refused(res, outcome.refusal, outcome.record.person);
    case 'conflict': {
      const { record } = outcome;
      const params = (locale: 'en' | 'fr') => ({
        name: record.updatedByName ?? record.person.name,
        at: record.updatedAt ? formatDateTime(record.updatedAt, locale) : '',
      });
      reply(
        res,
        412,
        {
          error: 'stale',
          message: {
            en: t('en', 'people.api.stale', params('en')),
            fr: t('fr', 'people.api.stale', params('fr')),
          },
          current: await detail(storage, record, actor),
        },
        { etag: etagOf(record.version) },
      );
      return;
    }
    case 'applied':
      replyAs(route, res, 200, await detail(storage, outcome.record, actor, steps), {
        etag: etagOf(outcome.record.version),
      });
  }
}
