import { setMaxListeners } from 'node:events';
import { randomUUID } from 'node:crypto';
import { formFromFields, type FormValues } from '../../domain/draftForm';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import { completeForm } from './botForms';
import { completeFields } from './builders';
import { actionData, type Acknowledged, type LoadClient } from './loadClient';

export interface LoadPlan {
  durationMs: number;
  /** When given, people go on past `durationMs` until it holds (bound the run with `signal`). */
  until?: () => boolean;
  /** Each person waits this long (uniformly between the two) before their next action. */
  thinkMs: readonly [number, number];
  seed: number;
  /** Ends the run early; people finish the request in hand. */
  signal?: AbortSignal;
}

interface View {
  record: Opportunity;
  current?: { record: Opportunity };
}
interface Summary {
  id: string;
  version: number;
  state: string;
}
interface Draft {
  id: string;
  version: number;
  /** What the draft card shows for it, when known. */
  form: FormValues | null;
}

/** What each decision says; a card pressed again carries the same. */
export const decisionComments = {
  approveFunds: 'Funds reserved in FC-1234.',
  approvePosting: 'Guardrails met.',
  returnToAuthor: 'Please check the fund centre.',
  reject: 'Outside the pilot.',
} as const;

/** mulberry32: a seeded generator, so a run's choices can be repeated. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * One simulated person doing what their roles do, half in the tab and half in Teams: clients
 * draft, edit, submit and look at their list; cardholders and CFOB officers work their inbox
 * (approve mostly, sometimes return or reject); managers read the list, records and dashboard.
 */
class SimulatedPerson {
  private readonly drafts = new Map<string, Draft>();
  private readonly seen = new Set<string>();
  private inbox: Summary[] = [];
  private count = 0;

  constructor(
    private readonly person: Person,
    private readonly client: LoadClient,
    private readonly cardholders: readonly Person[],
    private readonly random: () => number,
  ) {}

  private has(role: string): boolean {
    return (this.person.roles as string[]).includes(role);
  }
  private pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }
  private get french(): boolean {
    return this.person.locale === 'fr';
  }
  private acknowledge(id: string, version: number, kind: string, op: string): void {
    const entry: Acknowledged = { id, version, kind, actorId: this.person.id, op };
    this.client.acknowledge(entry);
    this.seen.add(id);
  }

  hello() {
    return this.client.message(this.person, 'hello:bot', this.french ? 'aide' : 'help');
  }

  async step(): Promise<void> {
    if (this.has('client') && this.has('cardholder'))
      return this.random() < 0.5 ? this.author() : this.approver('cardholder');
    if (this.has('client')) return this.author();
    if (this.has('cardholder')) return this.approver('cardholder');
    if (this.has('procurement')) return this.approver('procurement');
    return this.manager();
  }

  /**
   * A client mostly works on the draft they have and looks at where things stand; starting a
   * new opportunity is the rarer act (about one step in six without a draft, one in twenty with one).
   */
  private async author(): Promise<void> {
    const r = this.random();
    const draft = this.pick([...this.drafts.values()]);
    const viaBot = this.random() < 0.5;
    const seen = this.pick([...this.seen]);
    if (!draft) {
      if (r < 0.25 || !seen) return this.create(viaBot);
      if (r < 0.6) return this.mine(viaBot);
      return viaBot ? this.status(seen) : this.read(seen);
    }
    if (r < 0.05) return this.create(viaBot);
    if (r < 0.55) {
      // In Teams the draft card shows the stored fields: read them first if they are not known.
      if (viaBot && !draft.form) return this.read(draft.id);
      return r < 0.35 ? this.edit(draft, viaBot) : this.submit(draft, viaBot);
    }
    if (r < 0.75) return this.mine(viaBot);
    const id = seen ?? draft.id;
    return viaBot ? this.status(id) : this.read(id);
  }

  private async create(viaBot: boolean): Promise<void> {
    const n = ++this.count;
    const cardholder = this.pick(this.cardholders.filter((p) => p.id !== this.person.id))!;
    const titles = {
      titleEn: `Load test ${this.person.id} #${n}`,
      titleFr: `Essai de charge ${this.person.id} no ${n}`,
    };
    if (viaBot) {
      const form = completeForm({ cardholderId: cardholder.id, ...titles });
      const answer = await this.client.invoke(
        this.person,
        'create:bot',
        'saveDraft',
        { nonce: randomUUID(), ...form },
        ['bot.draft.saved'],
      );
      const data = answer.body && actionData(answer.body, 'saveDraft');
      if (answer.outcome !== 'ok' || !data) return;
      const [id, version] = [String(data.opportunityId), Number(data.version)];
      this.acknowledge(id, version, 'create', 'create:bot');
      this.drafts.set(id, { id, version, form });
      return;
    }
    const answer = await this.client.api<View>(
      this.person,
      'create:api',
      'POST',
      '/api/opportunities',
      {
        body: completeFields({ cardholderId: cardholder.id, ...titles }),
        idempotencyKey: randomUUID(),
        expect: [201],
      },
    );
    // Sent again after "try again", it may answer `replayed`: the creation (version 1) is done.
    if (answer.outcome === 'ok' && answer.body) {
      const { record } = answer.body;
      this.acknowledge(record.id, 1, 'create', 'create:api');
      this.remember(record);
    }
  }

  /** Keeps what the person knows of one of their opportunities. */
  private remember(record: Opportunity): void {
    this.seen.add(record.id);
    if (record.state === 'draft' && record.authorId === this.person.id)
      this.drafts.set(record.id, {
        id: record.id,
        version: record.version,
        form: formFromFields(record.fields),
      });
    else this.drafts.delete(record.id);
  }

  private async edit(draft: Draft, viaBot: boolean): Promise<void> {
    const workEn = `A React component with tests (revision ${++this.count}).`;
    if (viaBot) {
      const form = { ...draft.form!, workEn };
      const answer = await this.client.invoke(
        this.person,
        'edit:bot',
        'saveDraft',
        { opportunityId: draft.id, version: draft.version, ...form },
        ['bot.draft.saved'],
      );
      const data = answer.body && actionData(answer.body, 'saveDraft');
      if (answer.outcome === 'ok' && data) {
        // The change made the version after the card's, also when a second press found it done.
        this.acknowledge(draft.id, draft.version + 1, 'editDraft', 'edit:bot');
        this.drafts.set(draft.id, { ...draft, version: Number(data.version), form });
      } else if (answer.outcome === 'conflict') this.drafts.set(draft.id, { ...draft, form: null });
      return;
    }
    const answer = await this.client.api<View>(
      this.person,
      'edit:api',
      'PATCH',
      `/api/opportunities/${draft.id}`,
      { body: { workEn }, ifMatch: draft.version, expect: [200], conflicts: true },
    );
    if (answer.outcome === 'ok' && answer.body) {
      this.acknowledge(draft.id, answer.body.record.version, 'editDraft', 'edit:api');
      this.remember(answer.body.record);
    } else if (answer.outcome === 'conflict' && answer.body?.current)
      this.remember(answer.body.current.record);
  }

  private async submit(draft: Draft, viaBot: boolean): Promise<void> {
    if (viaBot) {
      const answer = await this.client.invoke(
        this.person,
        'submit:bot',
        'submitDraft',
        { opportunityId: draft.id, version: draft.version, ...draft.form },
        ['bot.submitted', 'bot.notInstalled'],
      );
      if (answer.outcome === 'ok') {
        this.acknowledge(draft.id, draft.version + 1, 'submit', 'submit:bot');
        this.drafts.delete(draft.id);
      } else if (answer.outcome === 'conflict') this.drafts.set(draft.id, { ...draft, form: null });
      return;
    }
    const answer = await this.client.api<View>(
      this.person,
      'submit:api',
      'POST',
      `/api/opportunities/${draft.id}/intents`,
      {
        body: { kind: 'submit' },
        ifMatch: draft.version,
        idempotencyKey: randomUUID(),
        expect: [200],
        conflicts: true,
      },
    );
    if (answer.outcome === 'ok' && answer.body) {
      this.acknowledge(draft.id, draft.version + 1, 'submit', 'submit:api');
      this.remember(answer.body.record);
    } else if (answer.outcome === 'conflict' && answer.body?.current)
      this.remember(answer.body.current.record);
  }

  private async read(id: string): Promise<void> {
    const answer = await this.client.api<View>(
      this.person,
      'read:api',
      'GET',
      `/api/opportunities/${id}`,
      {
        expect: [200],
      },
    );
    if (answer.outcome === 'ok' && answer.body) this.remember(answer.body.record);
  }

  private async status(id: string): Promise<void> {
    await this.client.message(
      this.person,
      'status:bot',
      `${this.french ? 'statut' : 'status'} ${id}`,
    );
  }

  private async mine(viaBot: boolean): Promise<void> {
    if (viaBot) {
      await this.client.message(this.person, 'mine:bot', this.french ? 'mes' : 'mine');
      return;
    }
    const answer = await this.client.api<{ items: Summary[] }>(
      this.person,
      'mine:api',
      'GET',
      '/api/opportunities?view=mine&size=100',
      { expect: [200] },
    );
    for (const item of answer.body?.items ?? []) {
      this.seen.add(item.id);
      const known = this.drafts.get(item.id);
      // A returned draft comes back; its fields are read before it is edited again.
      if (item.state === 'draft' && known?.version !== item.version)
        this.drafts.set(item.id, { id: item.id, version: item.version, form: null });
      if (item.state !== 'draft') this.drafts.delete(item.id);
    }
  }

  private async approver(role: 'cardholder' | 'procurement'): Promise<void> {
    const waiting = this.inbox.shift();
    if (!waiting || this.random() < 0.3) {
      const state = role === 'cardholder' ? 'awaitingFunds' : 'awaitingProcurement';
      const answer = await this.client.api<{ items: Summary[] }>(
        this.person,
        'inbox:api',
        'GET',
        `/api/opportunities?view=inbox&state=${state}&size=100`,
        { expect: [200] },
      );
      if (answer.body?.items)
        this.inbox = [...answer.body.items].sort(() => this.random() - 0.5).slice(0, 10);
      return;
    }
    const r = this.random();
    const verb =
      role === 'cardholder'
        ? r < 0.85
          ? 'approveFunds'
          : 'returnToAuthor'
        : r < 0.85
          ? 'approvePosting'
          : r < 0.95
            ? 'returnToAuthor'
            : 'reject';
    const comment = decisionComments[verb];
    if (this.random() < 0.5) {
      const answer = await this.client.invoke(
        this.person,
        `${verb}:bot`,
        verb,
        { opportunityId: waiting.id, version: waiting.version, comment },
        [`bot.decided.${verb}`],
      );
      if (answer.outcome === 'ok')
        this.acknowledge(waiting.id, waiting.version + 1, verb, `${verb}:bot`);
      return;
    }
    const answer = await this.client.api<View>(
      this.person,
      `${verb}:api`,
      'POST',
      `/api/opportunities/${waiting.id}/intents`,
      {
        body: { kind: verb, comment },
        ifMatch: waiting.version,
        idempotencyKey: randomUUID(),
        expect: [200],
        conflicts: true,
      },
    );
    if (answer.outcome === 'ok')
      this.acknowledge(waiting.id, waiting.version + 1, verb, `${verb}:api`);
  }

  private async manager(): Promise<void> {
    const r = this.random();
    const id = this.pick([...this.seen]);
    if (r < 0.5 || !id) {
      const answer = await this.client.api<{ items: Summary[] }>(
        this.person,
        'all:api',
        'GET',
        '/api/opportunities?view=all&size=25',
        { expect: [200] },
      );
      for (const item of answer.body?.items ?? []) this.seen.add(item.id);
      return;
    }
    if (r < 0.7) return this.read(id);
    if (r < 0.85) return this.status(id);
    await this.client.api(this.person, 'dashboard:api', 'GET', '/api/dashboard', {
      expect: [200],
    });
  }
}

/**
 * Everyone in `people` at once, each saying hello in Teams first, until the plan's time is up and
 * its `until` holds, or its signal ends the run.
 */
export async function runUsers(
  client: LoadClient,
  people: readonly Person[],
  plan: LoadPlan,
): Promise<void> {
  const deadline = performance.now() + plan.durationMs;
  const cardholders = people.filter((p) => p.roles.includes('cardholder'));
  const [least, most] = plan.thinkMs;
  // Every person waits on the run's signal at once: as many listeners as people, none leaked.
  if (plan.signal) setMaxListeners(people.length + 1, plan.signal);
  await Promise.all(
    people.map(async (person, i) => {
      const random = generator(plan.seed + i);
      const user = new SimulatedPerson(person, client, cardholders, random);
      const think = () => least + random() * (most - least);
      await pause(random() * most, plan.signal);
      await user.hello();
      const going = () => performance.now() < deadline || (plan.until ? !plan.until() : false);
      while (going() && !plan.signal?.aborted) {
        await user.step();
        const left = deadline - performance.now();
        await pause(left > 0 ? Math.min(think(), left) : think(), plan.signal);
      }
    }),
  );
}
