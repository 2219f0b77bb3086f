import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Opportunity } from '../../domain/opportunity';
import { Background } from '../../runtime/background';
import { createLogger } from '../../runtime/logger';
import { startSitePublishing } from '../../server/publishing';
import { people } from '../support/builders';
import { startBlobService } from '../site/support/azuriteBlob';
import { testStorage } from '../support/storage';
import { anOpportunityIn, applied } from '../support/storageHelpers';

const siteUrl = 'https://example.gc.ca/opportunities';
const contacts = {
  email: 'micro-acquisition@esdc-edsc.gc.ca',
  feedback: 'https://github.com/esdc/micro-acquisition/issues',
};

test('a posting and an addendum reach the public site after they are stored; drafts never do', async () => {
  const storage = await testStorage();
  const background = new Background(createLogger('silent'));
  const outputDir = mkdtempSync(join(tmpdir(), 'site-'));
  const failures: Opportunity[] = [];
  startSitePublishing({
    storage,
    background,
    logger: createLogger('silent'),
    siteUrl,
    contacts,
    ocidPrefix: 'ocds-a1b2c3',
    applicantRetentionDays: 365,
    destination: { kind: 'folder', dir: outputDir },
    onFailure: async (r) => void failures.push(r),
  });

  const waiting = await anOpportunityIn(storage, 'awaitingProcurement', {
    fields: { titleEn: 'Not public yet' },
  });
  await background.idle();
  expect(existsSync(join(outputDir, 'en', `${waiting.id}.html`))).toBe(false);

  const posted = await applied(
    storage,
    waiting.id,
    { kind: 'approvePosting', comment: '' },
    people.procurement,
  );
  await background.idle();
  expect(readFileSync(join(outputDir, 'en', `${posted.id}.html`), 'utf8')).toContain(
    'Not public yet',
  );
  // The open data carries the publisher's registered ocid prefix.
  expect(readFileSync(join(outputDir, 'ocds', `${posted.id}.json`), 'utf8')).toContain(
    `"ocid":"ocds-a1b2c3-${posted.id}"`,
  );

  await applied(
    storage,
    posted.id,
    { kind: 'amend', en: 'New deadline stands.', fr: 'La date limite est maintenue.' },
    people.author,
  );
  await background.idle();
  expect(readFileSync(join(outputDir, 'fr', `${posted.id}.html`), 'utf8')).toContain(
    'La date limite est maintenue.',
  );
  expect(failures).toEqual([]);
  // Each change publishes the audit chain head storage holds for it, in the open data and OCDS.
  const head = await storage.tables.clients.opportunities.getEntity<{ chainHead: string }>(
    posted.id,
    'head',
  );
  for (const dir of ['data', 'ocds'])
    expect(
      JSON.parse(readFileSync(join(outputDir, dir, `${posted.id}.json`), 'utf8')).auditChain,
    ).toEqual({
      opportunityId: posted.id,
      version: posted.version + 1,
      start: 1,
      head: head.chainHead,
    });

  // The content pages give the configured contacts, never the development example.
  const page = (path: string) => readFileSync(join(outputDir, path), 'utf8');
  expect(page('en/feedback.html')).toContain(`href="${contacts.feedback}"`);
  expect(page('fr/privacy.html')).toContain('href="mailto:micro-acquisition@esdc-edsc.gc.ca"');
  for (const path of ['en/feedback.html', 'fr/feedback.html', 'en/privacy.html', 'fr/privacy.html'])
    expect(page(path)).not.toContain('micro-acquisition@example');
  // The privacy notice states the retention period the server runs with.
  expect(page('en/privacy.html')).toContain('deleted 365 days after the opportunity ends');
});

test('a failure to publish is retried, then reported to the author, and never undoes the approval', async () => {
  const storage = await testStorage();
  const background = new Background(createLogger('silent'));
  // A file where the site's folder should be: every write fails.
  const blocked = join(mkdtempSync(join(tmpdir(), 'blocked-')), 'site');
  writeFileSync(blocked, 'not a folder');
  const failures: Opportunity[] = [];
  startSitePublishing({
    storage,
    background,
    logger: createLogger('silent'),
    siteUrl,
    contacts,
    destination: { kind: 'folder', dir: blocked },
    onFailure: async (r) => void failures.push(r),
  });

  const posted = await anOpportunityIn(storage, 'posted');
  await background.idle();
  expect(failures.map((r) => r.id)).toEqual([posted.id]);
  expect(await storage.opportunities.get(posted.id)).toMatchObject({ state: 'posted' });
});

test('with a static website container, the site is published there', async () => {
  const blob = await startBlobService();
  try {
    const storage = await testStorage();
    const background = new Background(createLogger('silent'));
    const container = blob.container('$web');
    await container.createIfNotExists();
    startSitePublishing({
      storage,
      background,
      logger: createLogger('silent'),
      siteUrl,
      contacts,
      destination: { kind: 'container', container },
      onFailure: async () => undefined,
    });
    const posted = await anOpportunityIn(storage, 'posted', {
      fields: { titleEn: 'On the static website' },
    });
    await background.idle();
    const page = await container.getBlobClient(`en/${posted.id}.html`).downloadToBuffer();
    expect(page.toString('utf8')).toContain('On the static website');
  } finally {
    await blob.stop();
  }
});
