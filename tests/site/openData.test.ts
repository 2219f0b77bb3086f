import { anOpportunity } from '../support/builders';
import { t } from '../../domain/messages';
import { sampleRecords, siteUrl } from './support/sampleRecords';
import { file, ocdsValidator, parseXml, site } from './support/siteFixtures';

const files = site(sampleRecords());
const validate = ocdsValidator();

interface Release {
  id: string;
  ocid: string;
  date: string;
  tag: string[];
  tender: Record<string, unknown> & { status: string; amendments: unknown[] };
  awards?: { suppliers: { name: string }[]; status: string }[];
  parties: { roles: string[] }[];
}

const local = (url: string) => url.replace(/^.*\/opportunities\//, '');
const packages = () =>
  (JSON.parse(file(files, 'ocds/packages.json')) as { parts: string[] }).parts.flatMap((part) =>
    (JSON.parse(file(files, local(part))) as { packages: string[] }).packages.map(local),
  );
const releases = (): Release[] =>
  packages().flatMap((path) => (JSON.parse(file(files, path)) as { releases: Release[] }).releases);

describe('the OCDS release packages', () => {
  test('there is one per opportunity, listed in order of posting, each valid OCDS 1.1', () => {
    // Posted at the same time: then in order of reference.
    expect(packages()).toEqual(
      ['0001', '0002', '0003', '0004', '0005'].map((n) => `ocds/MA-2029-${n}.json`),
    );
    for (const path of packages()) {
      const ok = validate(JSON.parse(file(files, path)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  test('the validator is real: a package without releases, or with a bad tag, fails', () => {
    const one = JSON.parse(file(files, packages()[0]!)) as { releases: Release[] };
    expect(validate({ ...one, releases: undefined })).toBe(false);
    expect(validate({ ...one, releases: [{ ...one.releases[0], tag: ['posted'] }] })).toBe(false);
  });

  test('one release per public change, in order, each a full picture at that moment', () => {
    const of = (id: string) => releases().filter((r) => r.tender.id === id);
    expect(
      of('MA-2029-0001').map((r) => [r.id, r.tag, r.tender.status, r.tender.amendments.length]),
    ).toEqual([
      ['MA-2029-0001-01-posted', ['tender'], 'active', 0],
      ['MA-2029-0001-02-amended', ['tenderAmendment'], 'active', 1],
      ['MA-2029-0001-03-answered', ['tenderUpdate'], 'active', 1],
    ]);
    expect(of('MA-2029-0003').map((r) => r.tag)).toEqual([['tender'], ['tenderUpdate']]);
    expect(of('MA-2029-0004').map((r) => r.tag)).toEqual([['tender'], ['tenderUpdate'], ['award']]);
    expect(of('MA-2029-0005').map((r) => [r.tag, r.tender.status])).toEqual([
      [['tender'], 'active'],
      [['tenderCancellation'], 'cancelled'],
    ]);
    const award = of('MA-2029-0004')[2]!;
    expect(award.awards?.[0]?.suppliers.map((s) => s.name)).toEqual(['Jordan Developer']);
    expect(award.tender.status).toBe('complete');
  });

  test('quality-only award criteria, French in _fr fields, the same ocid for one process', () => {
    for (const r of releases()) {
      expect(r.tender.awardCriteria).toBe('qualityOnly');
      expect(r.ocid).toBe(`ocds-ma4t00-${String(r.tender.id)}`);
    }
    const first = releases().find((r) => r.tender.id === 'MA-2029-0001')!;
    expect(first.tender.title).toBe('Accessible date picker');
    expect(first.tender.title_fr).toBe('Sélecteur de date accessible');
    expect(first.tender.description_fr).toBe(
      'Créer un sélecteur de date accessible pour nos formulaires.',
    );
  });

  test('eligibility says who may apply; submission is the online form, not an e-mail', () => {
    const first = releases().find((r) => r.tender.id === 'MA-2029-0001')!;
    expect(first.tender.eligibilityCriteria).toBe(t('en', 'eligibility.default'));
    expect(first.tender.eligibilityCriteria_fr).toBe(t('fr', 'eligibility.default'));
    expect(first.tender.submissionMethod).toEqual(['electronicSubmission']);
    expect(first.tender.submissionMethodDetails).toContain(`${siteUrl}/en/MA-2029-0001.html#apply`);
    expect(first.tender.submissionMethodDetails_fr).toContain('/fr/');
    expect(JSON.stringify(first.tender)).not.toContain('@');
  });

  test('no applicant or internal data: only the buyer and the selected supplier are parties', () => {
    const everything = packages()
      .map((p) => file(files, p))
      .join('');
    for (const secret of ['Alex Author', 'FC-1234', 'Megan Cardholder', 'Internal reason'])
      expect(everything).not.toContain(secret);
    for (const r of releases()) {
      expect(r.parties.map((p) => p.roles.join('+')).sort()).toEqual(
        r.awards ? ['buyer+procuringEntity', 'supplier'] : ['buyer+procuringEntity'],
      );
    }
  });
});

describe('the Atom feeds', () => {
  test.each(['en', 'fr'])(
    'the %s feed is well-formed and has every element RFC 4287 requires',
    (locale) => {
      const xml = parseXml(file(files, `${locale}/feed.xml`));
      const feed = xml.feed as Record<string, unknown>;
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      for (const required of ['id', 'title', 'updated', 'author', 'link'])
        expect(feed).toHaveProperty(required);
      const entries = feed.entry as Record<string, unknown>[];
      expect(entries).toHaveLength(5);
      for (const entry of entries)
        for (const required of ['id', 'title', 'updated', 'link', 'summary'])
          expect(entry).toHaveProperty(required);
      expect(entries.map((e) => e.id)).toContain(
        `http://127.0.0.1:3978/opportunities/${locale}/MA-2029-0001.html`,
      );
    },
  );

  test('entries come newest change first, and the feed is as new as its newest entry', () => {
    const feed = parseXml(file(files, 'en/feed.xml')).feed as {
      updated: string;
      entry: { updated: string }[];
    };
    const dates = feed.entry.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
  });

  test('an empty site still has a valid feed', () => {
    const empty = site([], new Date('2030-01-01T00:00:00Z'));
    const feed = parseXml(file(empty, 'en/feed.xml')).feed as Record<string, unknown>;
    expect(feed.updated).toBe('2030-01-01T00:00:00.000Z');
    expect(feed.entry).toBeUndefined();
  });

  test('characters XML cannot hold are dropped rather than breaking the feed', () => {
    const odd = anOpportunity({ state: 'posted', postedAt: '2029-12-01T15:00:00.000Z' });
    odd.fields.titleEn = 'Bell \u0007 and lone \ud800 surrogate & <tags>';
    const xml = file(site([odd]), 'en/feed.xml');
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).toContain('<title>Bell  and lone  surrogate &amp; &lt;tags&gt;</title>');
  });
});
