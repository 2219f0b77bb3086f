import type { Card } from '../../bot/cards/elements';
import type { Locale } from '../../domain/locale';
import { bilingual, catalogues, type MessageKey } from '../../domain/messages';
import type { Person } from '../../domain/people';
import { actionsOf, invoke, message, textOf } from './teams';

/**
 * - ok: the answer the action asked for (also to the same request sent again after it landed);
 * - conflict: someone else changed the record first and the person was told (412, or the card);
 * - unavailable: the bilingual "storage is not reachable, try again" (503, or the card);
 * - unanswered: the connection failed (the server was down);
 * - error: anything else (a 5xx, a wrong status, an unexpected card).
 */
export type Outcome = 'ok' | 'conflict' | 'unavailable' | 'unanswered' | 'error';

export interface Sample {
  op: string;
  /** Milliseconds since the client was made, when the request left. */
  at: number;
  ms: number;
  outcome: Outcome;
}

/** A change the server said it stored: it must be in the audit log, exactly once. */
export interface Acknowledged {
  id: string;
  /** The version the change made (its event's version). */
  version: number;
  kind: string;
  actorId: string;
  op: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A catalogue message as a pattern: its placeholders match anything. */
export function messagePattern(locale: Locale, key: MessageKey): RegExp {
  return new RegExp(
    catalogues[locale][key]
      .split(/\{\w+\}/)
      .map(escape)
      .join('[\\s\\S]*?'),
  );
}

const tryAgain = bilingual('error.storageUnavailable');
const activityLocale = (person: Person) => (person.locale === 'fr' ? 'fr-CA' : 'en-CA');
const timeoutMs = 30_000;
/** How long a person told "try again" waits before sending the same request again. */
const againMs = 250;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Waiter {
  condition: () => boolean;
  resolve: () => void;
}

export interface ApiCall {
  body?: unknown;
  ifMatch?: number;
  idempotencyKey?: string;
  /** Statuses that mean the action did what it asked. */
  expect: number[];
  /** Whether "someone changed it first" (412, 409) is a fair answer here. */
  conflicts?: boolean;
}

export interface Answer<T> {
  outcome: Outcome;
  body?: T;
}

/**
 * Simulated people's HTTP client: the tab's calls with a token per person (fetched from the
 * development token route, fetched again if a restarted server no longer knows its key) and
 * Teams activities; every request timed and classified.
 */
export class LoadClient {
  readonly samples: Sample[] = [];
  readonly acknowledged: Acknowledged[] = [];
  /** The first errors, described; `errorCount` counts them all. */
  readonly errors: string[] = [];
  errorCount = 0;
  /** The first requests left unanswered, described (which, when, how they failed). */
  readonly unanswered: string[] = [];
  /** Tokens refused with 401 and fetched again. */
  reauths = 0;
  /** Requests sent and not yet answered. */
  inFlight = 0;
  /** People told "try again" whose request has not been answered otherwise yet. */
  retrying = 0;
  private retries = true;
  private readonly tokens = new Map<string, string>();
  private readonly waiters = new Set<Waiter>();
  private readonly origin = performance.now();

  constructor(
    readonly url: string,
    readonly connectorUrl: string,
  ) {}

  /** Milliseconds since the client was made, on the clock of `Sample.at`. */
  elapsed(): number {
    return performance.now() - this.origin;
  }

  acknowledge(entry: Acknowledged): void {
    this.acknowledged.push(entry);
    this.changed();
  }

  /**
   * Resolves as soon as `condition` holds, checked whenever a request leaves or is answered and a
   * change is acknowledged; fails with `what` if it does not within `limitMs` (a generous bound,
   * so a slow machine takes longer rather than proving less).
   */
  until(condition: () => boolean, limitMs: number, what: string): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        condition,
        resolve: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`not within ${limitMs / 1_000} s: ${what}`));
      }, limitMs);
      this.waiters.add(waiter);
    });
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) if (waiter.condition()) waiter.resolve();
  }

  /** A person told "try again" sends the same request again (same key, same card data) until it is answered otherwise. */
  private async untilAnswered<T>(send: () => Promise<Answer<T>>): Promise<Answer<T>> {
    let told = false;
    for (;;) {
      const answer = await send();
      if (answer.outcome !== 'unavailable' || !this.retries) {
        if (told) this.retrying--;
        this.changed();
        return answer;
      }
      if (!told) this.retrying++;
      told = true;
      await pause(againMs);
    }
  }

  /** Ends the run: a person told "try again" stops sending the request again. */
  stopRetrying(): void {
    this.retries = false;
  }

  private note(op: string, started: number, outcome: Outcome, detail = ''): void {
    this.samples.push({
      op,
      at: started - this.origin,
      ms: performance.now() - started,
      outcome,
    });
    if (outcome === 'unanswered' && this.unanswered.length < 20)
      this.unanswered.push(`${op} at ${((started - this.origin) / 1_000).toFixed(1)} s: ${detail}`);
    if (outcome === 'error') {
      this.errorCount++;
      if (this.errors.length < 20) this.errors.push(`${op}: ${detail.slice(0, 300)}`);
    }
    this.changed();
  }

  /** An activity POSTed to the bot's endpoint, as Teams sends it. */
  private postActivity(activity: unknown) {
    return this.fetchText('/api/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
  }

  private async fetchText(
    path: string,
    init: RequestInit,
  ): Promise<{ status: number; text: string } | { failed: string }> {
    this.inFlight++;
    this.changed();
    const sent = performance.now();
    try {
      const response = await fetch(`${this.url}${path}`, {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      // Errors of Node's own fetch come from another realm than Jest's: no `instanceof Error`.
      const e = error as {
        name?: string;
        message?: string;
        cause?: { code?: string; message?: string };
      };
      const cause = e.cause ? ` (${e.cause.code ?? e.cause.message ?? 'no cause'})` : '';
      return {
        failed: `${e.name ?? 'failed'}: ${e.message ?? ''}${cause} after ${Math.round(performance.now() - sent)} ms`,
      };
    } finally {
      this.inFlight--;
    }
  }

  private async token(person: Person): Promise<string | null> {
    const known = this.tokens.get(person.id);
    if (known) return known;
    const started = performance.now();
    const answer = await this.fetchText('/api/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: person.id }),
    });
    if ('failed' in answer) {
      this.note('token', started, 'unanswered');
      return null;
    }
    if (answer.status !== 200) {
      this.note('token', started, 'error', `${answer.status} ${answer.text}`);
      return null;
    }
    this.note('token', started, 'ok');
    const token = (JSON.parse(answer.text) as { token: string }).token;
    this.tokens.set(person.id, token);
    return token;
  }

  /**
   * A tab API call as `person`; told "try again", the person sends it again with the same key. The
   * same request answered 200 `replayed` (it had landed) did what it asked.
   */
  api<T = Record<string, unknown>>(
    person: Person,
    op: string,
    method: string,
    path: string,
    call: ApiCall,
  ): Promise<Answer<T>> {
    return this.untilAnswered(() => this.apiOnce<T>(person, op, method, path, call));
  }

  private async apiOnce<T>(
    person: Person,
    op: string,
    method: string,
    path: string,
    call: ApiCall,
  ): Promise<Answer<T>> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.token(person);
      if (!token) return { outcome: 'unanswered' };
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (call.body !== undefined) headers['content-type'] = 'application/json';
      if (call.ifMatch !== undefined) headers['if-match'] = `"${call.ifMatch}"`;
      if (call.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey;
      const started = performance.now();
      const answer = await this.fetchText(path, {
        method,
        headers,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      if ('failed' in answer) {
        this.note(op, started, 'unanswered', answer.failed);
        return { outcome: 'unanswered' };
      }
      if (answer.status === 401 && attempt === 0) {
        this.reauths++;
        this.tokens.delete(person.id);
        continue;
      }
      let body: Record<string, unknown> = {};
      try {
        body = answer.text ? (JSON.parse(answer.text) as Record<string, unknown>) : {};
      } catch {
        // Not JSON: an error below, with the text.
      }
      const message = body.message as { en?: string; fr?: string } | undefined;
      const replay = answer.status === 200 && body.replayed === true && !!call.idempotencyKey;
      const outcome: Outcome =
        call.expect.includes(answer.status) || replay
          ? 'ok'
          : call.conflicts && (answer.status === 412 || answer.status === 409)
            ? 'conflict'
            : answer.status === 503 &&
                body.error === 'storageUnavailable' &&
                message?.en === tryAgain.en &&
                message?.fr === tryAgain.fr
              ? 'unavailable'
              : 'error';
      this.note(op, started, outcome, `${method} ${path} → ${answer.status} ${answer.text}`);
      return { outcome, body: body as T };
    }
  }

  /**
   * An Action.Execute pressed by `person`: ok when the card says one of `expected`, conflict when
   * it says someone changed the record first. Told "try again", the person presses the same
   * button again (same card data, so the same key): if the first press had landed, the answer
   * still says it is done.
   */
  invoke(
    person: Person,
    op: string,
    verb: string,
    data: Record<string, unknown>,
    expected: MessageKey[],
  ): Promise<Answer<Card>> {
    return this.untilAnswered(() => this.invokeOnce(person, op, verb, data, expected));
  }

  private async invokeOnce(
    person: Person,
    op: string,
    verb: string,
    data: Record<string, unknown>,
    expected: MessageKey[],
  ): Promise<Answer<Card>> {
    const activity = invoke(person, this.connectorUrl, verb, data, {
      locale: activityLocale(person),
    });
    const started = performance.now();
    const answer = await this.postActivity(activity);
    if ('failed' in answer) {
      this.note(op, started, 'unanswered', answer.failed);
      return { outcome: 'unanswered' };
    }
    let card: Card | undefined;
    try {
      const body = JSON.parse(answer.text) as { type?: string; value?: Card };
      if (body.type === 'application/vnd.microsoft.card.adaptive') card = body.value;
    } catch {
      // Not a card: an error below.
    }
    const text = card ? textOf(card) : '';
    const says = (key: MessageKey) => messagePattern(person.locale, key).test(text);
    const outcome: Outcome =
      answer.status !== 200 || !card
        ? 'error'
        : text.includes(tryAgain.en) && text.includes(tryAgain.fr)
          ? 'unavailable'
          : says('outcome.conflict')
            ? 'conflict'
            : expected.some(says)
              ? 'ok'
              : 'error';
    this.note(op, started, outcome, `${verb} → ${answer.status} ${text || answer.text}`);
    return { outcome, ...(card ? { body: card } : {}) };
  }

  /** A message typed in the personal chat; the bot answers through the connector. */
  async message(person: Person, op: string, text: string): Promise<Answer<never>> {
    const activity = message(person, this.connectorUrl, text, activityLocale(person));
    const started = performance.now();
    const answer = await this.postActivity(activity);
    if ('failed' in answer) {
      this.note(op, started, 'unanswered', answer.failed);
      return { outcome: 'unanswered' };
    }
    const outcome: Outcome = answer.status === 200 ? 'ok' : 'error';
    this.note(op, started, outcome, `${text} → ${answer.status} ${answer.text}`);
    return { outcome };
  }
}

/** The data of a card's button, e.g. `{ opportunityId, version }` of "Save draft". */
export function actionData(card: Card, verb: string): Record<string, unknown> | undefined {
  const action = actionsOf(card).find((a) => a.verb === verb);
  return action?.data as Record<string, unknown> | undefined;
}
