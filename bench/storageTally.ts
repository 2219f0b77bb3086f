import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { azuriteConnectionString } from '../storage/connection';

/**
 * A counting pass-through between the server under test and Azurite (BENCH_STORAGE_TALLY=1 in
 * the load benchmark): every storage request is forwarded unchanged and counted by what it asks
 * (table, operation, the filter's shape with its values left out), with the rows and bytes
 * answered and the time Azurite took. It says which reads the load makes and how many rows each
 * brings back: what the server's SDK deserialises and what Azurite scans and serialises.
 */
export interface StorageTally {
  connectionString: string;
  /** Lines sorted by rows answered, then a total. */
  report(top?: number): string;
  /** Forgets what was counted (the load's window starts). */
  reset(): void;
  close(): Promise<void>;
}

interface Tally {
  count: number;
  rows: number;
  bytes: number;
  ms: number;
}

/** `t1a2b3c4d5opportunities` → `opportunities`: the run's table prefix says nothing. */
const tableName = (name: string) => name.replace(/^(t[0-9a-f]{10}|benchbare)/, '');

/** The request without its values: what kind of read or write it is. */
export function shapeOf(method: string, url: string): string {
  const parsed = new URL(url, 'http://storage');
  const path = decodeURIComponent(parsed.pathname).replace(/^\/devstoreaccount1\/?/, '');
  if (path === '$batch') return `${method} batch (transaction)`;
  const entity = /^([^(]+)\((.*)\)$/.exec(path);
  const table = tableName(entity ? entity[1]! : path);
  if (entity && entity[2]) return `${method} ${table} one entity`;
  const filter = parsed.searchParams.get('$filter');
  if (!filter) return `${method} ${table}${entity ? ' (no filter)' : ''}`;
  const shape = filter
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/datetime'…'/g, 'datetime…')
    .replace(/\b\d+(\.\d+)?L?\b/g, 'n');
  // Without `PartitionKey eq`, Azure reads the whole table to answer (Azurite does for every query).
  const scan = /PartitionKey eq/.test(filter) ? '' : ' [scan]';
  const select = parsed.searchParams.get('$select');
  const columns = select ? ` select ${select.split(',').length} columns` : '';
  return `${method} ${table} where ${shape}${columns}${scan}`;
}

export async function startStorageTally(azurite: {
  host: string;
  port: number;
}): Promise<StorageTally> {
  const tallies = new Map<string, Tally>();
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const key = shapeOf(req.method ?? 'GET', req.url ?? '/');
    const forward = request(
      {
        host: azurite.host,
        port: azurite.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          res.write(chunk);
        });
        answer.on('end', () => {
          res.end();
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          // Each entity answered carries its own etag (JSON and batch answers alike).
          const rows = text.match(/"odata\.etag"/g)?.length ?? 0;
          const t = tallies.get(key) ?? { count: 0, rows: 0, bytes: 0, ms: 0 };
          t.count++;
          t.rows += rows;
          t.bytes += body.length;
          t.ms += performance.now() - started;
          tallies.set(key, t);
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, azurite.host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    connectionString: azuriteConnectionString(azurite.host, port),
    report(top = 20) {
      const all = [...tallies].sort((a, b) => b[1].rows - a[1].rows || b[1].count - a[1].count);
      const sum = all.reduce(
        (s, [, t]) => ({
          count: s.count + t.count,
          rows: s.rows + t.rows,
          bytes: s.bytes + t.bytes,
        }),
        { count: 0, rows: 0, bytes: 0 },
      );
      const lines = all
        .slice(0, top)
        .map(
          ([key, t]) =>
            `  ${String(t.count).padStart(7)} req ${String(t.rows).padStart(9)} rows ${(t.bytes / 1e6).toFixed(1).padStart(7)} MB ` +
            `${(t.ms / t.count).toFixed(1).padStart(7)} ms/req  ${key}`,
        );
      return [
        `storage requests by kind (top ${lines.length} by rows answered)`,
        ...lines,
        `  ${String(sum.count).padStart(7)} req ${String(sum.rows).padStart(9)} rows ${(sum.bytes / 1e6).toFixed(1).padStart(7)} MB  in all`,
        '',
      ].join('\n');
    },
    reset: () => tallies.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
