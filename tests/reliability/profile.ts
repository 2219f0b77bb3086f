/**
 * How long and how hard the reliability suite pushes. The short form runs in every `npm test`;
 * `npm run test:reliability` sets RELIABILITY=long for the full numbers (docs/reliability.md).
 */
export const long = process.env.RELIABILITY === 'long';

/** Repeat a run's choices with RELIABILITY_SEED (each run prints its seed). */
export const seed = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

type Pause = readonly [number, number];

/**
 * The crash and outage runs are measured in events, not seconds, so that a slow machine takes
 * longer rather than proving less; `limitSeconds` bounds the whole run and fails it by name.
 */
export interface Profile {
  /** `seconds` of load, then on until every step of the chain was acknowledged. */
  load: { users: number; seconds: number; thinkMs: Pause; limitSeconds: number };
  crash: {
    users: number;
    thinkMs: Pause;
    /** SIGKILL once this many changes, this many of them bot approvals, with requests in flight. */
    killAfter: { changes: number; botApprovals: number; inFlight: number };
    /** After the restart, until this many more changes were acknowledged. */
    changesAfter: number;
    limitSeconds: number;
  };
  outage: {
    users: number;
    thinkMs: Pause;
    /** Storage stopped once this many changes were acknowledged. */
    changesBefore: number;
    /** Down until this many requests in each surface (tab, bot) were told "try again". */
    toldPerSurface: number;
    /** After recovery, until this many more changes and everyone told "try again" is answered. */
    changesAfter: number;
    limitSeconds: number;
  };
  badInput: { bodies: number };
}

/**
 * Think times are a person's pause between two clicks. At 200 people a pause of 3 to 9 s offers
 * about 35 requests a second, which a shared 2-core machine holds; pauses of 0.5 to 1.5 s (about
 * 150 a second) saturate it (docs/reliability.md).
 */
export const longProfile: Profile = {
  load: { users: 200, seconds: 60, thinkMs: [3_000, 9_000], limitSeconds: 240 },
  crash: {
    users: 100,
    thinkMs: [1_000, 3_000],
    killAfter: { changes: 200, botApprovals: 10, inFlight: 3 },
    changesAfter: 300,
    limitSeconds: 300,
  },
  outage: {
    users: 100,
    thinkMs: [1_000, 3_000],
    changesBefore: 200,
    toldPerSurface: 50,
    changesAfter: 300,
    limitSeconds: 300,
  },
  badInput: { bodies: 20_000 },
};

export const shortProfile: Profile = {
  load: { users: 30, seconds: 10, thinkMs: [300, 1_200], limitSeconds: 120 },
  crash: {
    users: 20,
    thinkMs: [100, 400],
    killAfter: { changes: 20, botApprovals: 1, inFlight: 3 },
    changesAfter: 20,
    limitSeconds: 120,
  },
  outage: {
    users: 20,
    thinkMs: [200, 800],
    changesBefore: 20,
    toldPerSurface: 5,
    changesAfter: 20,
    limitSeconds: 120,
  },
  badInput: { bodies: 10_000 },
};

export const profile = long ? longProfile : shortProfile;

/** A test's own time limit: its run's limit plus room to start servers and read the log back. */
export const timeoutFor = (seconds: number) => (seconds * 2 + 90) * 1_000;
