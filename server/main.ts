import { startAzurite, type RunningAzurite } from '../storage/azurite';
import { readDevPeople } from '../storage/devPeople';
import { openStorage } from '../storage/storage';
import { createBot } from '../bot';
import { DefaultAzureCredential } from '@azure/identity';
import { ContainerClient } from '@azure/storage-blob';
import type { Person } from '../domain/people';
import { siteMount } from '../site/serveSite';
import { applicationEndpoint } from './applications';
import { statusEndpoint } from './applicationStatus';
import { statusUrlOf } from '../site/statusPage';
import { clientAddress } from './clientAddress';
import { questionEndpoint } from './questions';
import { questionsUrlOf } from '../site/questionForm';
import { tabApiFor } from './api/setup';
import { createApp, listen } from './app';
import { Background } from '../runtime/background';
import { notifyCallback } from './notifyCallback';
import type { Handler } from '../runtime/http';
import { resolve } from 'node:path';
import { startSitePublishing } from './publishing';
import { subscriptionEndpoint } from './subscriptions';
import { publicRateLimiters } from './publicRateLimits';
import { startScheduledWork } from './scheduledWork';
import { subscribeUrlOf } from '../site/subscriptionForm';
import { loadConfig } from './config';
import { createLogger, quietOnFailure } from '../runtime/logger';
import { Shutdown } from './shutdown';
import pino from 'pino';

/** The banner is for the person at the terminal; everything else goes through the logger. */
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

// A closed terminal makes every later write fail (EIO, EPIPE): stopping must go on regardless.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

const shutdown = new Shutdown({
  onSignal: (signal, first) =>
    say(first ? `Stopping (${signal}): saving data…` : 'Still stopping: saving data…'),
  onStopped: (code) => {
    say('Stopped.');
    process.exit(code);
  },
});

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(
      `Configuration problems (see docs/configuration.md):\n- ${loaded.errors.join('\n- ')}\n`,
    );
    process.exit(1);
  }
  const { config } = loaded;
  const logger = createLogger(config.logLevel, quietOnFailure(pino.destination(1)));

  let azurite: RunningAzurite | undefined;
  let target = config.storage;
  if (target.kind === 'embeddedAzurite') {
    try {
      azurite = await startAzurite({ location: target.location, port: target.port });
    } catch (error) {
      process.stderr.write(
        `Could not start Azurite on 127.0.0.1:${target.port} (is another copy running? set AZURITE_TABLE_PORT to use another port).\n${String(error)}\n`,
      );
      process.exit(1);
    }
    shutdown.add('Azurite', azurite.stop);
    if (shutdown.requested) return;
    target = { kind: 'connectionString', connectionString: azurite.connectionString };
  }

  const background = new Background(logger);
  shutdown.add('background work', () => background.idle());
  const storage = await openStorage(target, {
    runLater: (name, task) => background.run(name, task),
    tablePrefix: config.tablePrefix,
    registration: config.registration,
    questionCutoffHours: config.questionCutoffHours,
    publicSiteUrl: config.publicSiteUrl,
    minPostingBusinessDays: config.minPostingBusinessDays,
  });
  // Before any list is answered: the heads a crash left unindexed, or all of them the first time.
  const repaired = await storage.listIndex.repair();
  logger.info(repaired, 'list index repaired from the heads stored since the last start');
  let devPeople: Person[] = [];
  if (config.devPeopleFile) {
    const people = (devPeople = await readDevPeople(config.devPeopleFile));
    for (const person of people) await storage.people.put(person);
    logger.info({ count: people.length, file: config.devPeopleFile }, 'development people loaded');
  }
  if (config.mode === 'production' && !config.ocidPrefix)
    logger.warn(
      'OCDS_OCID_PREFIX is not set: the public OCDS data carries a placeholder ocid prefix until one is registered',
    );
  const { delivery } = config.notify;
  if (delivery.kind === 'off')
    logger.warn(
      'NOTIFY_API_KEY is not set: notices to suppliers are kept in the outbox, not sent, until it is',
    );
  const bot = createBot({
    config: config.bot,
    storage,
    logger,
    publicSiteUrl: config.publicSiteUrl,
    background,
    tab: config.tabAddress,
  });
  const site = startSitePublishing({
    storage,
    background,
    logger,
    siteUrl: config.publicSiteUrl,
    applyUrl: config.applyUrl,
    questionCutoffHours: config.questionCutoffHours,
    ocidPrefix: config.ocidPrefix ?? undefined,
    contacts: config.contacts,
    applicantRetentionDays: config.applicantRetentionDays,
    destination: config.siteContainerUrl
      ? {
          kind: 'container',
          container: new ContainerClient(config.siteContainerUrl, new DefaultAzureCredential()),
        }
      : { kind: 'folder', dir: config.siteDir },
    onFailure: (record) => bot.tellPublishFailed(record),
  });
  // At start, then hourly (scheduled work).
  background.run('publish the site at start', () => site.publishAll());
  // Shared by every server through storage: each counts a client with all the others.
  const limiters = publicRateLimiters(storage.tables.clients.counters);
  const subscribeUrl = subscribeUrlOf(config.applyUrl);
  const scheduled = startScheduledWork({
    config,
    storage,
    background,
    logger,
    bot,
    site,
    limiters,
    subscribeUrl,
  });
  shutdown.add('scheduled work', async () => scheduled.stop());
  // In development the tab is bundled at start (1–2 s); production serves what `npm run build` made.
  // esbuild is a development tool: loaded only here, never in production.
  if (config.mode === 'development') await (await import('../tab/build')).buildTab({ dev: true });
  const tab = await tabApiFor({
    mode: config.mode,
    storage,
    logger,
    entra: config.tab,
    devPeople,
    publicSiteUrl: config.publicSiteUrl,
    publicForms: { applyUrl: config.applyUrl, questionCutoffHours: config.questionCutoffHours },
    noticeSending: delivery.kind === 'notify' ? 'email' : delivery.kind,
    targets: config.targets.targets,
  });
  const server = await listen(
    createApp({
      storage,
      logger,
      clientAddress: (req) => clientAddress(req, config.trustedProxyHops),
      routes: [
        ['POST /api/messages', bot.endpoint],
        ...(config.notify.callbackToken
          ? ([
              [
                'POST /notify/callback',
                notifyCallback({
                  outbox: storage.notices,
                  token: config.notify.callbackToken,
                  logger,
                }),
              ],
            ] satisfies Array<[string, Handler]>)
          : []),
        ...tab.routes,
      ],
      mounts: [
        [
          '/opportunities',
          siteMount({ dir: config.siteDir, prefix: '/opportunities', formAction: config.applyUrl }),
        ],
        [
          '/apply/',
          applicationEndpoint({
            storage,
            logger,
            applyUrl: config.applyUrl,
            siteUrl: config.publicSiteUrl,
            rateLimiter: limiters.apply,
            clientAddress: (req) => clientAddress(req, config.trustedProxyHops),
          }),
        ],
        [
          '/questions/',
          questionEndpoint({
            storage,
            logger,
            questionsUrl: questionsUrlOf(config.applyUrl),
            cutoffHours: config.questionCutoffHours,
            siteUrl: config.publicSiteUrl,
            rateLimiter: limiters.questions,
            clientAddress: (req) => clientAddress(req, config.trustedProxyHops),
          }),
        ],
        [
          '/subscribe/',
          subscriptionEndpoint({
            storage,
            logger,
            subscribeUrl,
            siteUrl: config.publicSiteUrl,
            rateLimiter: limiters.subscribe,
            clientAddress: (req) => clientAddress(req, config.trustedProxyHops),
          }),
        ],
        [
          '/status/',
          statusEndpoint({
            storage,
            logger,
            statusUrl: statusUrlOf(config.applyUrl),
            siteUrl: config.publicSiteUrl,
            rateLimiter: limiters.status,
            clientAddress: (req) => clientAddress(req, config.trustedProxyHops),
          }),
        ],
        ...tab.mounts,
      ],
    }),
    config.host,
    config.port,
  );
  shutdown.add('the HTTP server', () => server.close());
  if (shutdown.requested) return;

  say('');
  say(`Micro-Acquisition for Teams (${config.mode})`);
  say(`  Server    ${server.url}`);
  say(`  Health    ${server.url}/healthz`);
  say(`  Bot       ${server.url}/api/messages`);
  say(
    `  Tab       ${server.url}/tab/${config.mode === 'development' ? ' (development mode: pick an identity)' : ''}`,
  );
  say(`  Public    ${server.url}/opportunities/en/index.html (published into ${config.siteDir})`);
  say(
    `  Status    ${statusUrlOf(config.applyUrl)}/en (suppliers follow or withdraw an application)`,
  );
  say(
    azurite
      ? `  Storage   Azurite on ${azurite.host}:${azurite.port}, data kept in ${config.storage.kind === 'embeddedAzurite' ? config.storage.location : ''}`
      : `  Storage   ${target.kind === 'accountUrl' ? target.accountUrl : 'connection string from STORAGE_CONNECTION_STRING'}`,
  );
  say(
    delivery.kind === 'notify'
      ? `  E-mail    GC Notify at ${delivery.baseUrl}`
      : delivery.kind === 'files'
        ? `  E-mail    not sent: each notice is written as a JSON file into ${resolve(delivery.dir)}`
        : '  E-mail    ⚠ not sent: NOTIFY_API_KEY is not set, notices wait in the outbox',
  );
  if (!config.bot.appId) {
    say('');
    say('  ⚠ DEVELOPMENT MODE: the bot accepts unauthenticated requests (no MicrosoftAppId),');
    say(`    so it listens on ${config.host} only. Try it with: npm run playground`);
  }
  say('Press Ctrl-C to stop.');
  say('');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The server could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
