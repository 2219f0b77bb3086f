import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Card } from '../../bot/cards/elements';
import { textOf } from './teams';

/** What a long run needs to know of a send or update: where it went and what it said. */
export interface Delivered {
  method: string;
  conversationId: string;
  text: string;
}

export interface QuietConnector {
  url: string;
  /** Sends and updates so far. */
  count(): number;
  /** The last `keep` deliveries, oldest first. */
  recent(): Delivered[];
  close(): Promise<void>;
}

/**
 * A Bot Framework connector for load runs: answers every send and update like Teams, keeps only
 * the last few (as text) so that hours of notifications do not fill the memory of the test.
 */
export async function startQuietConnector(keep = 2_000): Promise<QuietConnector> {
  const recent: Delivered[] = [];
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (!match) return void res.writeHead(404).end();
      count++;
      const activity = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
        text?: string;
        attachments?: Array<{ content: Card }>;
      };
      const text = [
        activity.text ?? '',
        ...(activity.attachments ?? []).map((a) => textOf(a.content)),
      ];
      recent.push({
        method: req.method ?? '',
        conversationId: decodeURIComponent(match[1]!),
        text: text.join('\n'),
      });
      if (recent.length > keep) recent.splice(0, recent.length - keep);
      const id = req.method === 'PUT' ? match[2] : `sent-${count}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: () => count,
    recent: () => [...recent],
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
