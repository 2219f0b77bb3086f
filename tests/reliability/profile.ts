/**
 * How long and how hard the reliability suite pushes. The short form runs in every `npm test`;
 * `npm run test:reliability` sets RELIABILITY=long for the full numbers (docs/reliability.md).
 */
export const long = process.env.RELIABILITY === 'long';

/** Repeat a run's choices with RELIABILITY_SEED (each run prints its seed). */
export const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

type Pause = readonly [number, number];

export interface Profile {
  load: { users: number; seconds: number; thinkMs: Pause };
  crash: { users: number; seconds: number; thinkMs: Pause };
  outage: {
    users: number;
    beforeSeconds: number;
    outageSeconds: number;
    afterSeconds: number;
    thinkMs: Pause;
  };
  badInput: { bodies: number };
}

/**
 * Think times are a person's pause between two clicks. At 200 people a pause of 3 to 9 s offers
 * about 35 requests a second, which a shared 2-core machine holds; pauses of 0.5 to 1.5 s (about
 * 150 a second) saturate it (docs/reliability.md).
 */
export const longProfile: Profile = {
  load: { users: 200, seconds: 60, thinkMs: [3_000, 9_000] },
  crash: { users: 100, seconds: 30, thinkMs: [1_000, 3_000] },
  outage: {
    users: 100,
    beforeSeconds: 10,
    outageSeconds: 10,
    afterSeconds: 20,
    thinkMs: [1_000, 3_000],
  },
  badInput: { bodies: 20_000 },
};

export const shortProfile: Profile = {
  load: { users: 30, seconds: 10, thinkMs: [300, 1_200] },
  crash: { users: 20, seconds: 10, thinkMs: [100, 400] },
  outage: { users: 20, beforeSeconds: 2, outageSeconds: 3, afterSeconds: 3, thinkMs: [200, 800] },
  badInput: { bodies: 10_000 },
};

export const profile = long ? longProfile : shortProfile;

/** A test's own time limit: its planned run plus room to start servers and read the log back. */
export const timeoutFor = (seconds: number) => (seconds * 2 + 90) * 1_000;
