import type { IncomingMessage } from 'node:http';

/** "203.0.113.9:51234" or "[2001:db8::1]:443" or a bare address → the address alone. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(entry);
  return v4 ? v4[1]! : entry;
}

/**
 * The client's address for rate limiting. With no trusted proxy it is the connection's peer; behind
 * `hops` proxies that each append to `X-Forwarded-For`, it is the entry that many from the right,
 * the one the nearest trusted proxy wrote. Entries further left are the client's own claims and
 * are never used, so a forged header buys no new allowance.
 */
export function clientAddress(req: IncomingMessage, hops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const entry = entries[entries.length - hops];
  return entry ? withoutPort(entry) : peer;
}
