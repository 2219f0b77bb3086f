import fc from 'fast-check';
import type { Opportunity } from '../../domain/opportunity';
import { generateSite, SiteRenderer, type RenderResult } from '../../site/siteRenderer';
import { anOpportunity, completeFields } from '../support/builders';
import { sampleNow, siteUrl } from './support/sampleRecords';
import { testContent } from './support/siteFixtures';

const aDay = 86_400_000;
const at = (days: number) => new Date(sampleNow.getTime() + days * aDay).toISOString();

const pending = 20;
const postedCount = 120;
const closedCount = 149;
const total = postedCount + closedCount + pending;

/**
 * 120 posted opportunities (three index pages), closing over the next weeks, some at the same
 * time; 147 closed or awarded ones (three archive pages, the last one short of full); 20 awaiting posting (not public yet).
 */
function start(): Opportunity[] {
  const base = (i: number) => ({
    id: `MA-2030-${String(i + 1).padStart(4, '0')}`,
    version: 4,
    postedAt: at(-30),
    stateSince: at(-30),
    updatedAt: at(-30 + (i % 7)),
  });
  return Array.from({ length: total }, (_, i) => {
    if (i < postedCount)
      return anOpportunity({
        ...base(i),
        state: 'posted',
        fields: completeFields({
          titleEn: `Component ${i}`,
          closingAt: at(1 + (i % 9)),
          startDate: '2030-03-01',
          deliveryDate: '2030-04-01',
        }),
      });
    if (i < postedCount + closedCount)
      return anOpportunity({
        ...base(i),
        state: i % 3 ? 'evaluating' : 'awarded',
        supplierName: i % 3 ? null : `Supplier ${i}`,
        fields: completeFields({ titleEn: `Closed ${i}`, closingAt: at(-2 - (i % 40)) }),
      });
    return anOpportunity({
      ...base(i),
      state: 'awaitingProcurement',
      postedAt: null,
      fields: completeFields({ titleEn: `Pending ${i}`, closingAt: at(5 + (i % 4)) }),
    });
  });
}

/** What can happen to one opportunity between two publications. */
const anyOne = fc.nat(total - 1);
const change = fc.oneof(
  fc.record({ kind: fc.constant('amend' as const), index: anyOne }),
  // Closings are what grow the archive across its page boundaries.
  { arbitrary: fc.record({ kind: fc.constant('close' as const), index: anyOne }), weight: 4 },
  fc.record({ kind: fc.constant('award' as const), index: anyOne }),
  fc.record({ kind: fc.constant('cancel' as const), index: anyOne }),
  fc.record({ kind: fc.constant('post' as const), index: anyOne }),
  fc.record({
    kind: fc.constant('reschedule' as const),
    index: anyOne,
    days: fc.integer({ min: 1, max: 12 }),
  }),
  /** A day goes by: "days left" changes on every open page. */
  fc.record({ kind: fc.constant('nextDay' as const), index: anyOne }),
  fc.record({ kind: fc.constant('nothing' as const), index: anyOne }),
);

/** Applies the change; answers the record it changed, if any. */
function applyChange(
  records: Opportunity[],
  c: { kind: string; index: number; days?: number },
  step: number,
): Opportunity | null {
  const r = records[c.index]!;
  const touched = { version: r.version + 1, updatedAt: at(step / 10) };
  switch (c.kind) {
    case 'post':
      if (r.state === 'awaitingProcurement')
        records[c.index] = {
          ...r,
          ...touched,
          state: 'posted',
          postedAt: touched.updatedAt,
          stateSince: touched.updatedAt,
        };
      break;
    case 'amend':
      records[c.index] = {
        ...r,
        ...touched,
        addenda: [
          ...r.addenda,
          { at: touched.updatedAt, en: `Addendum ${step}`, fr: `Addenda ${step}` },
        ],
      };
      break;
    case 'close':
      if (r.state === 'posted')
        records[c.index] = { ...r, ...touched, state: 'evaluating', stateSince: touched.updatedAt };
      break;
    case 'award':
      if (r.state === 'evaluating')
        records[c.index] = {
          ...r,
          ...touched,
          state: 'awarded',
          supplierName: `Supplier ${step}`,
          stateSince: touched.updatedAt,
          awardedAt: touched.updatedAt,
        };
      break;
    case 'cancel':
      if (r.state !== 'cancelled')
        records[c.index] = { ...r, ...touched, state: 'cancelled', stateSince: touched.updatedAt };
      break;
    case 'reschedule':
      if (r.state === 'posted')
        records[c.index] = { ...r, ...touched, fields: { ...r.fields, closingAt: at(c.days!) } };
      break;
  }
  return records[c.index] === r ? null : records[c.index]!;
}

const options = { siteUrl, content: testContent };

/**
 * A published site: a renderer and the files its renders wrote, as a publisher would (each
 * render's changes written, its removals deleted).
 */
class Published {
  readonly renderer = new SiteRenderer(options);
  readonly files = new Map<string, string>();

  private apply({ changed, removed }: RenderResult): void {
    for (const path of removed) this.files.delete(path);
    for (const [path, content] of changed) this.files.set(path, content);
  }

  render(records: Opportunity[], now: Date): void {
    this.apply(this.renderer.render(records, now));
  }

  update(records: Opportunity[], now: Date): void {
    this.apply(this.renderer.update(records, now));
  }
}

/** Each site holds exactly the files a fresh render of the records makes. */
function expectFreshSite(sites: Published[], records: Opportunity[], now: Date): void {
  const want = generateSite(records, { ...options, now });
  for (const site of sites) {
    const got = site.files;
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [path, content] of want)
      if (got.get(path) !== content)
        expect({ path, content: got.get(path) }).toEqual({ path, content });
    expect([...site.renderer.allPaths()].sort()).toEqual([...want.keys()].sort());
  }
}

test('publishing change after change gives exactly the site a fresh render of the same records gives', () => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 15 }), (changes) => {
      const records = start();
      // One renderer is given every record each time, the other only the one that changed.
      const everything = new Published();
      const onlyChanges = new Published();
      let now = sampleNow;
      everything.render(records, now);
      onlyChanges.render(records, now);
      changes.forEach((c, step) => {
        if (c.kind === 'nextDay') now = new Date(now.getTime() + aDay);
        const changed = applyChange(records, c, step);
        everything.render(records, now);
        onlyChanges.update(changed ? [changed] : [], now);
        expectFreshSite([everything, onlyChanges], records, now);
      });
    }),
    { numRuns: 8 },
  );
});

test('closings out of order across an archive page boundary move the pages after them', () => {
  const records = start();
  const site = new Published();
  site.render(records, sampleNow);
  // The archive's last page is one short of full. The first closing fills it; the second closes
  // earlier, so it takes that place and pushes the first onto a new page.
  const closingOn = (day: number) => records.findIndex((r) => r.fields.closingAt === at(day));
  for (const day of [9, 7, 8]) {
    const closed = applyChange(records, { kind: 'close', index: closingOn(day) }, day)!;
    site.update([closed], sampleNow);
    expectFreshSite([site], records, sampleNow);
  }
});

test('one change reaches only the files it must: its own, the open list, one archive page', () => {
  const records = start();
  const renderer = new SiteRenderer({ siteUrl, content: testContent });
  renderer.render(records, sampleNow);
  // The opportunity closing soonest closes: it leaves the first open page and joins the archive.
  const soonest = records.findIndex((r) => r.fields.closingAt === at(1));
  const closed = applyChange(records, { kind: 'close', index: soonest }, 1)!;
  const { changed, removed } = renderer.update([closed], sampleNow);
  const lists = [...changed.keys()].filter((path) => !path.includes(closed.id)).sort();
  expect(lists).toEqual(
    [
      'data/closed-1.json',
      'en/closed-3.html',
      'en/feed.xml',
      'en/index-2.html',
      'en/index-3.html',
      'en/index.html',
      'fr/closed-3.html',
      'fr/feed.xml',
      'fr/index-2.html',
      'fr/index-3.html',
      'fr/index.html',
      'opportunities.json',
    ].sort(),
  );
  expect(removed).toEqual([]);
});
