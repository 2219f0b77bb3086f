import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Opportunity } from '../../domain/opportunity';
import { createRateLimiter, type RateLimitOptions } from '../../server/api/rateLimit';
import { createApp, listen } from '../../server/app';
import { applicationEndpoint } from '../../server/applications';
import type { Handler } from '../../runtime/http';
import { createLogger } from '../../runtime/logger';
import { createPublisher } from '../../site/publisher';
import { loadPublicEvents, loadPublicRecords } from '../../site/publicRecords';
import { siteMount } from '../../site/serveSite';
import { questionsUrlOf } from '../../site/questionForm';
import { questionEndpoint } from '../../server/questions';
import { subscriptionEndpoint } from '../../server/subscriptions';
import { subscribeUrlOf } from '../../site/subscriptionForm';
import { statusEndpoint } from '../../server/applicationStatus';
import { statusUrlOf } from '../../site/statusPage';
import type { Storage } from '../../storage/storage';
import { beforeClosing } from './builders';
import { testStorage } from './storage';
import { anOpportunityIn, fixedClock } from './storageHelpers';
import { testContent } from '../site/support/siteFixtures';

export interface ApplyServer {
  url: string;
  siteUrl: string;
  applyUrl: string;
  /** The question endpoint beside it (`…/questions`). */
  questionsUrl: string;
  /** The subscription endpoint beside it (`…/subscribe`). */
  subscribeUrl: string;
  /** The application status endpoint beside it (`…/status`). */
  statusUrl: string;
  storage: Storage;
  clock: { now: Date; read: () => Date };
  /** A posted opportunity, published. */
  record: Opportunity;
  /** Everything the server logged, one JSON line each. */
  logs: string[];
  publish(): Promise<void>;
  close(): Promise<void>;
}

/** The server's public parts (site and application endpoint) on the run's Azurite, with a clock. */
export async function startApplyServer(
  options: { rateLimit?: RateLimitOptions; questionCutoffHours?: number } = {},
): Promise<ApplyServer> {
  const clock = fixedClock(beforeClosing);
  const storage = await testStorage({
    clock: clock.read,
    questionCutoffHours: options.questionCutoffHours,
  });
  const logs: string[] = [];
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  );
  const dir = mkdtempSync(join(tmpdir(), 'apply-'));
  let apply: Handler = () => undefined;
  let site: Handler = () => undefined;
  let questions: Handler = () => undefined;
  let subscribe: Handler = () => undefined;
  let status: Handler = () => undefined;
  const server = await listen(
    createApp({
      storage,
      logger,
      mounts: [
        ['/apply/', (context) => apply(context)],
        ['/questions/', (context) => questions(context)],
        ['/subscribe/', (context) => subscribe(context)],
        ['/status/', (context) => status(context)],
        ['/opportunities', (context) => site(context)],
      ],
    }),
    '127.0.0.1',
    0,
  );
  const siteUrl = `${server.url}/opportunities`;
  const applyUrl = `${server.url}/apply`;
  const rateLimiter = createRateLimiter(options.rateLimit ?? { perMinute: 600, burst: 600 });
  apply = applicationEndpoint({
    storage,
    logger,
    applyUrl,
    siteUrl,
    rateLimiter,
    clientAddress: (req) => req.socket.remoteAddress ?? 'unknown',
  });
  const questionsUrl = questionsUrlOf(applyUrl);
  questions = questionEndpoint({
    storage,
    logger,
    questionsUrl,
    cutoffHours: options.questionCutoffHours,
    siteUrl,
    rateLimiter: createRateLimiter(options.rateLimit ?? { perMinute: 600, burst: 600 }),
    clientAddress: (req) => req.socket.remoteAddress ?? 'unknown',
  });
  const subscribeUrl = subscribeUrlOf(applyUrl);
  subscribe = subscriptionEndpoint({
    storage,
    logger,
    subscribeUrl,
    siteUrl,
    rateLimiter: createRateLimiter(options.rateLimit ?? { perMinute: 600, burst: 600 }),
    clientAddress: (req) => req.socket.remoteAddress ?? 'unknown',
  });
  const statusUrl = statusUrlOf(applyUrl);
  status = statusEndpoint({
    storage,
    logger,
    statusUrl,
    siteUrl,
    rateLimiter: createRateLimiter(options.rateLimit ?? { perMinute: 600, burst: 600 }),
    clientAddress: (req) => req.socket.remoteAddress ?? 'unknown',
  });
  site = siteMount({ dir, prefix: '/opportunities', formAction: applyUrl });
  const publisher = createPublisher({
    outputDir: dir,
    siteUrl,
    applyUrl,
    questionCutoffHours: options.questionCutoffHours,
    content: testContent,
    clock: clock.read,
  });
  const publish = async () => {
    const records = await loadPublicRecords(storage);
    await publisher.publishChanged(records, await loadPublicEvents(storage, records));
  };
  const record = await anOpportunityIn(storage, 'posted');
  await publish();
  return {
    url: server.url,
    siteUrl,
    applyUrl,
    questionsUrl,
    subscribeUrl,
    statusUrl,
    storage,
    clock,
    record,
    logs,
    publish,
    close: server.close,
  };
}

/** Posts a form as a browser on the site would: form-encoded, with the site's Origin. */
export async function postForm(
  server: ApplyServer,
  fields: Record<string, string> | string,
  options: {
    locale?: 'en' | 'fr';
    id?: string;
    headers?: Record<string, string>;
    /** The question form's endpoint rather than the application form's. */
    to?: 'apply' | 'questions';
  } = {},
): Promise<{ status: number; location: string | null; text: string; headers: Headers }> {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  const endpoint = options.to === 'questions' ? server.questionsUrl : server.applyUrl;
  const response = await fetch(
    `${endpoint}/${options.locale ?? 'en'}/${options.id ?? server.record.id}`,
    {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(server.siteUrl).origin,
        ...options.headers,
      },
      body,
    },
  );
  return {
    status: response.status,
    location: response.headers.get('location'),
    text: await response.text(),
    headers: response.headers,
  };
}
