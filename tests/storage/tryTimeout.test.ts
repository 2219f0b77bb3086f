import { createServer, type Socket } from 'node:net';
import { azuriteConnectionString, connect } from '../../storage/connection';
import { guard, StorageUnavailable } from '../../storage/errors';

/**
 * Storage that takes a request and never answers (cut off mid-call) must not keep a person waiting
 * for ever: each try has a time limit, and the call then fails as "storage unavailable" (503).
 */
test('a storage call that never gets an answer fails as unavailable', async () => {
  const sockets: Socket[] = [];
  let received = 0;
  const silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('data', () => received++);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const tables = connect(
      { kind: 'connectionString', connectionString: azuriteConnectionString('127.0.0.1', port) },
      '',
      200,
    );
    const call = guard(() => tables.clients.opportunities.getEntity('p', 'r'));
    await expect(call).rejects.toBeInstanceOf(StorageUnavailable);
    expect(received).toBeGreaterThan(0);
  } finally {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => silent.close(resolve));
  }
});
