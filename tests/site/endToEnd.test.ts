import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scheduler } from '../../domain/people';
import { createPublisher, type Publisher } from '../../site/publisher';
import { loadPublicEvents, loadPublicRecords } from '../../site/publicRecords';
import type { Storage } from '../../storage/storage';
import { beforeClosing, people } from '../support/builders';
import { afterClosing } from '../support/domainArbitraries';
import { testStorage } from '../support/storage';
import {
  anApplication,
  anOpportunityIn,
  applied,
  evaluated,
  fixedClock,
} from '../support/storageHelpers';
import { parsePage } from './support/htmlQuery';
import { siteUrl } from './support/sampleRecords';
import { testContent } from './support/siteFixtures';

const clock = fixedClock(beforeClosing);
let storage: Storage;
let publisher: Publisher;
let dir: string;

beforeAll(async () => {
  storage = await testStorage({ clock: clock.read });
  dir = mkdtempSync(join(tmpdir(), 'e2e-'));
  publisher = createPublisher({ outputDir: dir, siteUrl, content: testContent, clock: clock.read });
});

/** What the lifecycle does after each stored change: read the public records, publish. */
async function publish() {
  const records = await loadPublicRecords(storage);
  return publisher.publishChanged(records, await loadPublicEvents(storage, records));
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const sectionTitles = (path: string, heading: string) => {
  const page = parsePage(read(path));
  const section = page.all(
    (el) => el.name === 'section' && el.attribs['aria-labelledby'] === heading,
  )[0];
  return section ? page.within(section, (el) => el.name === 'h3').map((h) => page.text(h)) : [];
};

test('an opportunity approved through the store appears, amending adds an addendum, closing moves it', async () => {
  const draft = await anOpportunityIn(storage, 'awaitingProcurement', {
    fields: { titleEn: 'Still a draft' },
  });
  const posted = await anOpportunityIn(storage, 'posted', {
    fields: { titleEn: 'Walked to posted' },
  });

  const first = await publish();
  expect(first.written).toContain(`en/${posted.id}.html`);
  expect(first.written).not.toContain(`en/${draft.id}.html`);
  expect(sectionTitles('en/index.html', 'open-heading')).toEqual(['Walked to posted']);
  expect(read('en/index.html')).not.toContain('Still a draft');

  await applied(
    storage,
    posted.id,
    { kind: 'amend', en: 'The deadline stands.', fr: 'La date limite est maintenue.' },
    people.author,
  );
  const second = await publish();
  expect(second.written).toEqual(
    expect.arrayContaining([`en/${posted.id}.html`, `fr/${posted.id}.html`]),
  );
  expect(read(`en/${posted.id}.html`)).toContain('The deadline stands.');
  expect(read(`fr/${posted.id}.html`)).toContain('La date limite est maintenue.');

  const jordan = await anApplication(storage, posted);
  clock.now = afterClosing;
  const closed = await storage.opportunities.apply(posted.id, { kind: 'close' }, scheduler);
  expect(closed.kind).toBe('applied');
  await publish();
  expect(sectionTitles('en/index.html', 'open-heading')).toEqual([]);
  expect(sectionTitles('en/index.html', 'others-heading')).toEqual(['Walked to posted']);
  expect(read(`en/${posted.id}.html`)).toContain('Applications closed on');
  // The draw is fixed at closing: its commitment is public from then on, its secret is not.
  const closedRecord = (await storage.opportunities.get(posted.id))!;
  const secret = await storage.applications.drawSecret(posted.id);
  expect(read(`en/${posted.id}.html`)).toContain(closedRecord.drawCommitment!);
  expect(read(`fr/${posted.id}.html`)).toContain(closedRecord.drawCommitment!);
  expect(read(`en/${posted.id}.html`)).not.toContain(secret);

  await evaluated(storage, posted, jordan, true);
  await applied(storage, posted.id, { kind: 'award' }, people.author);
  await publish();
  expect(read('fr/index.html')).toContain('Jordan Developer');
  // Awarded, the page reveals the secret, the candidates and the seed; never the e-mail.
  const page = read(`en/${posted.id}.html`);
  expect(page).toContain(secret);
  expect(page).toContain(`the draw selected <strong>${jordan}</strong>`);
  for (const path of [
    `en/${posted.id}.html`,
    `fr/${posted.id}.html`,
    'opportunities.json',
    `ocds/${posted.id}.json`,
  ])
    expect(read(path)).not.toContain('jordan@example.com');
  const releases = (
    JSON.parse(read(`ocds/${posted.id}.json`)) as { releases: { tag: string[]; date: string }[] }
  ).releases;
  // With the audit trail, the close and the award carry the times they really happened.
  expect(releases.map((r) => [r.tag[0], r.date])).toEqual([
    ['tender', beforeClosing.toISOString()],
    ['tenderAmendment', beforeClosing.toISOString()],
    ['tenderUpdate', afterClosing.toISOString()],
    ['award', afterClosing.toISOString()],
  ]);
});
