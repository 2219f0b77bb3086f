import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { draw, drawCommitment, sha256Hex, verifyDraw } from '../../domain/draw';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const secretArb = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Buffer.from(bytes).toString('hex'));
const codeArb = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/);
const candidatesArb = fc.uniqueArray(codeArb, { minLength: 1, maxLength: 12 });

describe('sha256Hex', () => {
  test('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('equals node:crypto on any text, across block boundaries and in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      expect(sha256Hex('x'.repeat(length))).toBe(nodeSha256('x'.repeat(length)));
    }
  });
});

describe('the draw', () => {
  test('the same inputs always give the same winner, whatever order the candidates come in', () => {
    fc.assert(
      fc.property(secretArb, candidatesArb, (secret, candidates) => {
        const first = draw('MA-2030-0001', secret, candidates);
        const again = draw('MA-2030-0001', secret, [...candidates].reverse());
        expect(again).toEqual(first);
        expect(candidates).toContain(first.winner);
        expect(first.candidates).toEqual([...candidates].sort());
      }),
    );
  });

  test('a verifier recomputes the published draw from the published values', () => {
    fc.assert(
      fc.property(secretArb, candidatesArb, (secret, candidates) => {
        const { winner } = draw('MA-2030-0001', secret, candidates);
        const published = {
          opportunityId: 'MA-2030-0001',
          commitment: drawCommitment(secret),
          secret,
          candidates,
          winner,
        };
        expect(verifyDraw(published)).toEqual({ ok: true });
        // Anyone can check the commitment with sha256sum: it is the secret's hash and nothing else.
        expect(published.commitment).toBe(nodeSha256(secret));
      }),
    );
  });

  test('verification fails for another secret, another winner or no candidates', () => {
    const secret = 'a'.repeat(64);
    const candidates = ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC'];
    const { winner } = draw('MA-2030-0001', secret, candidates);
    const base = {
      opportunityId: 'MA-2030-0001',
      commitment: drawCommitment(secret),
      secret,
      candidates,
      winner,
    };
    expect(verifyDraw({ ...base, secret: 'b'.repeat(64) })).toEqual({
      ok: false,
      reason: 'commitment',
    });
    const loser = candidates.find((c) => c !== winner)!;
    expect(verifyDraw({ ...base, winner: loser })).toEqual({ ok: false, reason: 'winner' });
    expect(verifyDraw({ ...base, candidates: [] })).toEqual({ ok: false, reason: 'candidates' });
    expect(() => draw('MA-2030-0001', secret, [])).toThrow(/at least one candidate/);
  });

  test('every candidate can win: over many secrets each one is drawn', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        fc.array(secretArb, { minLength: 400, maxLength: 400 }),
        (candidates, secrets) => {
          const winners = new Set(secrets.map((s) => draw('MA-2030-0001', s, candidates).winner));
          expect([...winners].sort()).toEqual([...candidates].sort());
        },
      ),
      { numRuns: 30 },
    );
  });

  test('the seed and the winner are what anyone computes by hand from the published values', () => {
    fc.assert(
      fc.property(secretArb, candidatesArb, (secret, candidates) => {
        const sorted = [...candidates].sort();
        // printf '%s\n' <number> <secret> <sorted candidates> without the last newline | sha256sum
        const seed = nodeSha256(['MA-2030-0001', secret, ...sorted].join('\n'));
        const result = draw('MA-2030-0001', secret, candidates);
        expect(result.seed).toBe(seed);
        expect(result.winner).toBe(sorted[Number(BigInt(`0x${seed}`) % BigInt(sorted.length))]);
      }),
    );
  });

  test('the seed depends on the opportunity and the candidates, so a draw cannot be reused', () => {
    const secret = 'c'.repeat(64);
    const candidates = ['AAAAAAAA', 'BBBBBBBB'];
    const seed = draw('MA-2030-0001', secret, candidates).seed;
    expect(draw('MA-2030-0002', secret, candidates).seed).not.toBe(seed);
    expect(draw('MA-2030-0001', secret, [...candidates, 'CCCCCCCC']).seed).not.toBe(seed);
  });
});
