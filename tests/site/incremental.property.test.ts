import fc from 'fast-check';
import type { Opportunity } from '../../domain/opportunity';
import { SiteRenderer } from '../../site/siteRenderer';
import { anOpportunity, completeFields } from '../support/builders';
import { sampleNow, siteUrl } from './support/sampleRecords';
import { testContent } from './support/siteFixtures';

const aDay = 86_400_000;
const at = (days: number) => new Date(sampleNow.getTime() + days * aDay).toISOString();

/** 120 posted opportunities (three index pages), closing over the next weeks, some at the same time. */
function start(): Opportunity[] {
  return Array.from({ length: 120 }, (_, i) =>
    anOpportunity({
      id: `MA-2030-${String(i + 1).padStart(4, '0')}`,
      version: 4,
      state: 'posted',
      postedAt: at(-30),
      stateSince: at(-30),
      updatedAt: at(-30 + (i % 7)),
      fields: completeFields({
        titleEn: `Component ${i}`,
        closingAt: at(1 + (i % 9)),
        startDate: '2030-03-01',
        deliveryDate: '2030-04-01',
      }),
    }),
  );
}

/** What can happen to one opportunity between two publications. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('amend' as const), index: fc.nat(119) }),
  fc.record({ kind: fc.constant('close' as const), index: fc.nat(119) }),
  fc.record({ kind: fc.constant('award' as const), index: fc.nat(119) }),
  fc.record({ kind: fc.constant('cancel' as const), index: fc.nat(119) }),
  fc.record({
    kind: fc.constant('reschedule' as const),
    index: fc.nat(119),
    days: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({ kind: fc.constant('nothing' as const), index: fc.nat(119) }),
);

function applyChange(
  records: Opportunity[],
  c: { kind: string; index: number; days?: number },
  step: number,
): void {
  const r = records[c.index]!;
  const touched = { version: r.version + 1, updatedAt: at(step / 10) };
  switch (c.kind) {
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
}

test('publishing change after change gives exactly the site a fresh render of the same records gives', () => {
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 15 }), (changes) => {
      const records = start();
      const options = { siteUrl, content: testContent };
      const incremental = new SiteRenderer(options);
      incremental.render(records, sampleNow);
      changes.forEach((c, step) => {
        applyChange(records, c, step);
        incremental.render(records, sampleNow);
        const fresh = new SiteRenderer(options);
        fresh.render(records, sampleNow);
        const got = incremental.allFiles();
        const want = fresh.allFiles();
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [path, content] of want)
          if (got.get(path) !== content)
            expect({ path, content: got.get(path) }).toEqual({ path, content });
      });
    }),
    { numRuns: 8 },
  );
});
