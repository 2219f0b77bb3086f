import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex: what `sha256sum` prints for the same bytes,
 * so anyone can recompute a draw with any SHA-256 tool. `@noble/hashes` is audited, has no
 * dependencies and runs the same in Node and the browser, as the domain must.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * The draw among applications that passed every criterion, verifiable by anyone afterwards.
 *
 * At closing the server keeps a random secret and publishes only its commitment,
 * `sha256(secret)`. At award the secret is revealed, and the winner follows from values all fixed
 * before the draw: the seed is `sha256` of the opportunity number, the secret and the sorted
 * candidate numbers, one per line; the winner is the candidate at `seed mod count`. The author
 * cannot steer the result by choosing whom to pass, because the secret is unknown to them until
 * the award; the server cannot choose a convenient secret afterwards, because its commitment was
 * published at closing. The modulo's bias is below count / 2^256.
 */
export interface DrawResult {
  seed: string;
  /** The candidates in the order the index counts them. */
  candidates: string[];
  winner: string;
}

export interface PublishedDraw {
  opportunityId: string;
  commitment: string;
  secret: string;
  candidates: readonly string[];
  winner: string;
}

export function drawCommitment(secret: string): string {
  return sha256Hex(secret);
}

export function draw(
  opportunityId: string,
  secret: string,
  candidates: readonly string[],
): DrawResult {
  if (candidates.length === 0) throw new Error('a draw needs at least one candidate');
  const sorted = [...new Set(candidates)].sort();
  const seed = sha256Hex([opportunityId, secret, ...sorted].join('\n'));
  const index = Number(BigInt(`0x${seed}`) % BigInt(sorted.length));
  return { seed, candidates: sorted, winner: sorted[index]! };
}

/** Recomputes a published draw: the secret matches the commitment and gives the same winner. */
export function verifyDraw(
  published: PublishedDraw,
): { ok: true } | { ok: false; reason: 'commitment' | 'winner' | 'candidates' } {
  if (drawCommitment(published.secret) !== published.commitment)
    return { ok: false, reason: 'commitment' };
  if (published.candidates.length === 0) return { ok: false, reason: 'candidates' };
  const result = draw(published.opportunityId, published.secret, published.candidates);
  return result.winner === published.winner ? { ok: true } : { ok: false, reason: 'winner' };
}
