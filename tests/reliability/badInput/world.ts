// What a generated request is, and what the run sets up for the requests to aim at.
import fc from 'fast-check';
import type { Person } from '../../../domain/people';
import type { Encoded } from './values';

/** One request as it goes on the wire, and what it is, for the report when it fails. */
export interface BadRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** What the generated requests aim at: people with tokens, and records in several states. */
export interface FuzzWorld {
  connectorUrl: string;
  people: readonly Person[];
  tokens: ReadonlyMap<string, string>;
  /** People who write to the bot as themselves; their chats are stored before the run. */
  chatters: readonly Person[];
  /** One draft per author. */
  drafts: ReadonlyArray<{ authorId: string; id: string; version: number }>;
  /** Records past the draft: anyone with an oversight role may read them. */
  submitted: ReadonlyArray<{ id: string; version: number }>;
  /** Posted opportunities: they take applications. */
  posted: readonly string[];
  /** The server's own origin, which the application form may be posted from. */
  origin: string;
}

/** How a failing request is printed: what it is and the start of its body, not its whole token. */
export function described(request: BadRequest): BadRequest {
  const describe = () => {
    const headers = Object.entries(request.headers)
      .map(([k, v]) => `${k}: ${k === 'authorization' ? `${v.slice(0, 12)}…` : v.slice(0, 60)}`)
      .join('; ');
    const body = request.body ? new TextDecoder().decode(request.body.subarray(0, 300)) : '';
    return `${request.label} — ${request.method} ${request.path.slice(0, 120)} [${headers}] ${body}`;
  };
  return Object.assign(request, { [fc.toStringMethod]: describe });
}

export function withBody(
  label: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Encoded,
): BadRequest {
  return described({
    label: `${label}, ${body.how}`,
    method,
    path,
    headers: { ...headers, ...(body.type ? { 'content-type': body.type } : {}) },
    body: body.bytes,
  });
}

/** Every request the generator makes is one that must store nothing and never get a 5xx. */
