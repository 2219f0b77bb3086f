import { createServer, type Socket } from 'node:net';
import { azuriteConnectionString, connect } from '../../storage/connection';
import { withoutStorageBudget, withStorageBudget } from '../../storage/deadline';
import { guard, StorageUnavailable } from '../../storage/errors';

/**
 * Storage that takes a request and never answers (cut off mid-call) must not keep a person waiting
 * for ever: each try has a time limit, and the call then fails as "storage unavailable" (503).
 */
test('a storage call that never gets an answer fails as unavailable', async () => {
  const sockets: Socket[] = [];
  // The server runs in this process: on a busy machine the try's timer may fire before the
  // request's bytes are read here, so the test waits for them rather than counting at once.
  let reached: () => void = () => undefined;
  const requestReached = new Promise<void>((resolve) => (reached = resolve));
  const silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => reached());
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const tables = connect(
      { kind: 'connectionString', connectionString: azuriteConnectionString('127.0.0.1', port) },
      '',
      1_000,
    );
    const call = guard(() => tables.clients.opportunities.getEntity('p', 'r'));
    await Promise.all([requestReached, expect(call).rejects.toBeInstanceOf(StorageUnavailable)]);
  } finally {
    sockets.forEach((s) => s.destroy());
    if (silent.listening) await new Promise((resolve) => silent.close(resolve));
  }
});

/**
 * One request's calls share one budget: a storage that takes requests and never answers cannot
 * hold a person for a try's time limit per call, and once the budget is spent the next call fails
 * at once, without being sent. Follow-up work outside the request has no such budget.
 */
test('the calls of one request share a storage budget; past it, calls fail without being sent', async () => {
  const sockets: Socket[] = [];
  let received = 0;
  let reached: () => void = () => undefined;
  const firstReached = new Promise<void>((resolve) => (reached = resolve));
  const silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => {
      received++;
      reached();
    });
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    // A try's own limit far beyond the budget: only the budget can end these calls in time.
    const tables = connect(
      { kind: 'connectionString', connectionString: azuriteConnectionString('127.0.0.1', port) },
      '',
      5_000,
    );
    const read = () => guard(() => tables.clients.opportunities.getEntity('p', 'r'));
    await withStorageBudget(1_000, async () => {
      // The first call is sent and waits out the budget (its bytes read here, however busy).
      await Promise.all([firstReached, expect(read()).rejects.toBeInstanceOf(StorageUnavailable)]);
      const sent = received;
      await expect(read()).rejects.toBeInstanceOf(StorageUnavailable);
      expect(received).toBe(sent);

      // Work that outlives the request is not cut by the request's budget.
      let settled = false;
      const later = withoutStorageBudget(read).finally(() => (settled = true));
      later.catch(() => undefined);
      await new Promise<void>((resolve) => {
        const check = () => (received > sent ? resolve() : setImmediate(check));
        check();
      });
      expect(settled).toBe(false);
      // Storage goes away: the call left waiting ends, refused, when its connection does.
      const closed = new Promise((resolve) => silent.close(resolve));
      sockets.forEach((s) => s.destroy());
      await closed;
      await expect(later).rejects.toBeInstanceOf(StorageUnavailable);
    });
  } finally {
    sockets.forEach((s) => s.destroy());
    if (silent.listening) await new Promise((resolve) => silent.close(resolve));
  }
});
