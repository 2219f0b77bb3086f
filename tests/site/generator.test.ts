import { otherLocale, type Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { renderApplicationForm } from '../../site/applicationForm';
import { formatCents } from '../../domain/money';
import { anOpportunity, completeFields } from '../support/builders';
import { sampleNow, sampleRecords, siteUrl } from './support/sampleRecords';
import { file, site } from './support/siteFixtures';
import { parsePage } from './support/htmlQuery';
import {
  archivePagePath,
  archivePageSize,
  indexPagePath,
  indexPageSize,
  recentSize,
} from '../../site/paths';

const records = sampleRecords();
const files = site(records);

const titlesIn = (from: Map<string, string>, path: string) => {
  const page = parsePage(file(from, path));
  const items = page.all(
    (el) => el.name === 'li' && (el.attribs.class ?? '').includes('opportunity'),
  );
  return items.map((item) =>
    page.text(page.all((el) => el.name === 'h3' && el.parent === item)[0]!),
  );
};

describe('which opportunities are public', () => {
  test('only posted ones and what follows posting get pages; drafts and never-posted cancellations do not', () => {
    const pages = [...files.keys()].filter((p) => /^en\/MA-/.test(p)).sort();
    expect(pages).toEqual(
      ['MA-2029-0001', 'MA-2029-0002', 'MA-2029-0003', 'MA-2029-0004', 'MA-2029-0005'].map(
        (id) => `en/${id}.html`,
      ),
    );
    const everything = [...files.values()].join('\n');
    expect(everything).not.toContain('Secret draft');
    expect(everything).not.toContain('Cancelled draft');
  });

  test('nothing internal is published: author, cardholder, fund centre, cancellation reason', () => {
    const everything = [...files.values()].join('\n');
    for (const secret of ['Alex Author', 'FC-1234', 'cardholder', 'Internal reason'])
      expect(everything).not.toContain(secret);
  });
});

describe('the index', () => {
  test('lists open opportunities first, soonest closing first, then the others, latest closing first', () => {
    expect(titlesIn(files, 'en/index.html')).toEqual([
      'Export the tracker to CSV',
      'Accessible date picker',
      'Rewrite the intranet',
      'Fix the PDF export',
      'Add dark mode',
    ]);
    const page = parsePage(file(files, 'en/index.html'));
    expect(page.byTag('h2').map((h) => page.text(h))).toEqual([
      'Language selection',
      'Open opportunities (2 open)',
      'Recently closed and awarded',
      'About micro-acquisition',
      'About this site',
    ]);
  });

  test('the home page says what the program is and links the client guide', () => {
    const page = parsePage(file(files, 'en/index.html'));
    const program = page.all((el) => el.attribs.class === 'program')[0]!;
    expect(page.text(program)).toContain('one-year pilot of the Innovation, Information and');
    expect(page.text(program)).toContain('BC Developers’ Exchange');
    const link = page.within(program, (el) => el.name === 'a')[0]!;
    expect(page.attr(link, 'href')).toBe('client-guide.html');
    expect(file(files, 'fr/index.html')).toContain('href="client-guide.html"');
  });

  test('an open item shows its summary, value, skills, closing time in Eastern time and days left', () => {
    const html = file(files, 'en/index.html');
    expect(html).toContain('Build an accessible date picker for our forms.');
    expect(html).toContain(`${formatCents(999_350, 'en')} including taxes`);
    expect(html).toContain('TypeScript, Accessibility');
    // 20:00 UTC on January 15 is 3 p.m. in Ottawa (EST, UTC-5).
    expect(html).toContain('January 15, 2030 at 3:00 p.m. EST');
    expect(html).toContain('10 days left');
    expect(html).toContain('3 days left');
  });

  test('daylight saving time shows as EDT, and French reads the 24-hour clock', () => {
    const summer = anOpportunity({
      state: 'posted',
      postedAt: '2030-06-01T12:00:00.000Z',
      fields: completeFields({ closingAt: '2030-07-02T16:00:00.000Z' }),
    });
    const summerSite = site([summer], new Date('2030-06-02T12:00:00Z'));
    expect(file(summerSite, 'en/index.html')).toContain('July 2, 2030 at 12:00 p.m. EDT');
    expect(file(summerSite, 'fr/index.html')).toContain('2 juillet 2030 à 12 h 00 HAE');
  });

  test('a closed and an awarded opportunity show their status, and the selected supplier', () => {
    const page = parsePage(file(files, 'en/index.html'));
    const awarded = page.all(
      (el) => el.name === 'li' && (el.attribs.class ?? '').includes('opportunity--awarded'),
    );
    expect(awarded).toHaveLength(1);
    expect(page.text(awarded[0]!)).toContain('Selected supplier Jordan Developer');
    expect(file(files, 'en/index.html')).toContain('Closed, applications under evaluation');
    expect(file(files, 'fr/index.html')).toContain('Fournisseur retenu');
  });

  test('with nothing to show, it says so in each language', () => {
    const empty = site([]);
    expect(file(empty, 'en/index.html')).toContain('There are no open opportunities right now.');
    expect(file(empty, 'fr/index.html')).toContain('Aucune occasion n’est ouverte en ce moment.');
  });

  test('a long list of open ones comes in pages that link to each other', () => {
    const many = Array.from({ length: indexPageSize + 3 }, (_, i) =>
      anOpportunity({
        id: `MA-2029-${String(i + 1).padStart(4, '0')}`,
        state: 'posted',
        postedAt: '2029-12-01T15:00:00.000Z',
      }),
    );
    const paged = site(many);
    expect(titlesIn(paged, 'en/index.html')).toHaveLength(indexPageSize);
    const second = parsePage(file(paged, indexPagePath('en', 2)));
    expect(titlesIn(paged, indexPagePath('en', 2))).toHaveLength(3);
    expect(
      second.all((el) => el.attribs.rel === 'prev').map((a) => second.attr(a, 'href')),
    ).toEqual(['index.html']);
    expect(file(paged, 'en/index.html')).toContain('href="index-2.html"');
  });

  test('the closed ones: the latest on the index, all in archive pages counted from the oldest', () => {
    const count = 2 * archivePageSize + 7;
    const closed = Array.from({ length: count }, (_, i) =>
      anOpportunity({
        id: `MA-2029-${String(i + 1).padStart(4, '0')}`,
        state: 'evaluating',
        postedAt: '2029-11-01T15:00:00.000Z',
        fields: completeFields({
          titleEn: `Closed ${i + 1}`,
          closingAt: new Date(Date.UTC(2029, 0, 1 + i, 20)).toISOString(),
        }),
      }),
    );
    const archived = site(closed);
    const titles = (path: string) => titlesIn(archived, path);
    expect(titles('en/index.html')).toEqual(
      Array.from({ length: recentSize }, (_, i) => `Closed ${count - i}`),
    );
    const index = parsePage(file(archived, 'en/index.html'));
    const toArchive = index.all((el) => el.name === 'a' && el.attribs.href === 'closed-3.html');
    expect(toArchive.map((a) => index.text(a))).toEqual([
      `All ${count} closed and awarded opportunities`,
    ]);
    // The newest page holds what is left over, newest first; full pages come before it.
    expect(titles(archivePagePath('en', 3))).toEqual(
      Array.from({ length: 7 }, (_, i) => `Closed ${count - i}`),
    );
    expect(titles(archivePagePath('en', 1))).toHaveLength(archivePageSize);
    expect(titles(archivePagePath('en', 1))[0]).toBe(`Closed ${archivePageSize}`);
    expect(titles(archivePagePath('fr', 2))).toHaveLength(archivePageSize);
    const rels = (page: number) => {
      const doc = parsePage(file(archived, archivePagePath('en', page)));
      return doc
        .all((el) => el.name === 'a' && (el.attribs.rel === 'prev' || el.attribs.rel === 'next'))
        .map((a) => `${a.attribs.rel} ${doc.attr(a, 'href')}`);
    };
    expect([rels(1), rels(2), rels(3)]).toEqual([
      ['next closed-2.html'],
      ['next closed-3.html', 'prev closed-1.html'],
      ['prev closed-2.html'],
    ]);
    // Each page says which closing dates it covers, in Eastern time.
    expect(file(archived, archivePagePath('en', 1))).toContain(
      'Closing dates from January 1, 2029 to February 19, 2029',
    );
    expect(file(archived, archivePagePath('fr', 1))).toContain('Dates de clôture du');
    expect(archived.has(archivePagePath('en', 4))).toBe(false);
  });
});

describe('every page', () => {
  const pages = [...files.keys()].filter((p) => p.endsWith('.html') && p.includes('/'));

  test.each(pages)('%s has the lang of its language and links to its twin', (path) => {
    const [locale, name] = path.split('/') as [Locale, string];
    const other = otherLocale(locale);
    const page = parsePage(file(files, path));
    expect(page.attr(page.byTag('html')[0]!, 'lang')).toBe(locale);
    const toggles = page.all((el) => el.name === 'a' && el.attribs.lang === other);
    expect(toggles.map((a) => page.attr(a, 'href'))).toEqual([`../${other}/${name}`]);
    expect(files.has(`${other}/${name}`)).toBe(true);
    const header = page.byTag('gcds-header')[0]!;
    expect(page.attr(header, 'lang-href')).toBe(`../${other}/${name}`);
  });

  test.each(pages)('%s loads no script inline and nothing from another site', (path) => {
    const page = parsePage(file(files, path));
    for (const script of page.byTag('script')) {
      expect(page.attr(script, 'src')).toMatch(/^\.\.\/assets\//);
      expect(page.text(script)).toBe('');
    }
    for (const link of page.byTag('link').filter((l) => l.attribs.rel === 'stylesheet')) {
      expect(page.attr(link, 'href')).toMatch(/^\.\.\/assets\//);
    }
    const csp = page.all(
      (el) => el.name === 'meta' && el.attribs['http-equiv'] === 'Content-Security-Policy',
    )[0]!;
    expect(page.attr(csp, 'content')).toContain("script-src 'self';");
    expect(page.attr(csp, 'content')).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('an opportunity page', () => {
  const en = file(files, 'en/MA-2029-0001.html');
  const fr = file(files, 'fr/MA-2029-0001.html');

  test('shows every public field in its language', () => {
    for (const text of [
      'Accessible date picker',
      'Build an accessible date picker for our forms.',
      'Our forms need a date picker that works with screen readers.',
      'MA-2029-0001',
      '$9,993.50 including taxes',
      'January 15, 2030 at 3:00 p.m. EST',
      'January 20, 2030',
      'February 20, 2030',
      'https://spdx.org/licenses/MIT.html',
      'https://github.com/example/date-picker',
      'mailto:team@example.gc.ca',
      'Unclassified work: no security screening needed',
      'Passes axe checks',
      'Has shipped a React component',
      'Accessibility',
    ])
      expect(en).toContain(text);
    for (const text of [
      'Sélecteur de date accessible',
      'Réussit les tests axe',
      'A livré un composant React',
      '15 janvier 2030 à 15 h 00 HNE',
      'Accessibilité',
    ])
      expect(fr).toContain(text);
  });

  test('says who may apply, and the form asks the supplier to confirm exactly that', () => {
    const own = {
      ...records[0]!,
      fields: {
        ...records[0]!.fields,
        eligibilityEn: 'Students enrolled in a Canadian college.',
        eligibilityFr: 'Étudiants inscrits dans un collège canadien.',
      },
    };
    const pages = site([own]);
    for (const [locale, text] of [
      ['en', 'Students enrolled in a Canadian college.'],
      ['fr', 'Étudiants inscrits dans un collège canadien.'],
    ] as const) {
      const page = parsePage(file(pages, `${locale}/MA-2029-0001.html`));
      const heading = page.all((el) => el.name === 'h2' && el.attribs.id === 'eligibility')[0]!;
      expect(page.text(heading)).toBe(t(locale, 'site.section.eligibility'));
      expect(page.text(heading.parent as typeof heading)).toContain(text);
    }
    // The form comes after the section on the page, and its attestation points back to it.
    expect(renderApplicationForm(own, 'en', '/apply').toString()).toContain(
      'I meet the eligibility requirements above, under “Who may apply”.',
    );
    expect(renderApplicationForm(own, 'fr', '/apply').toString()).toContain(
      'Je satisfais aux exigences d’admissibilité ci-dessus',
    );
    // The sample records keep the program's text, as every new draft starts with.
    expect(en).toContain('Canadian citizen, an Indigenous person, a permanent resident');
    expect(fr).toContain('citoyen canadien, Autochtone, résident permanent');
  });

  test('shows addenda with their dates, in order', () => {
    const page = parsePage(en);
    const addendum = page.all((el) => el.name === 'ol' && el.attribs.class === 'addenda')[0]!;
    expect(page.byTag('h3').map((h) => page.text(h))).toContain(
      'Addendum 1, December 10, 2029 at 11:30 a.m. EST',
    );
    expect(
      page.all((el) => el.name === 'p' && el.parent?.parent === addendum).map((p) => page.text(p)),
    ).toEqual(['The repository moved.', 'Questions are answered until January 10.']);
    expect(fr).toContain('Le dépôt a déménagé.');
  });

  test('renders Markdown in the long descriptions, with headings kept under the page’s own', () => {
    expect(en).toContain('<strong>date picker</strong>');
    expect(en).toMatch(
      /<a href="https:\/\/www\.nvaccess\.org\/" rel="noopener noreferrer nofollow">NVDA<\/a>/,
    );
    expect(en).toContain('<h3>Out of scope</h3>');
    expect(parsePage(en).byTag('h1')).toHaveLength(1);
  });

  test('while open, the key facts link to the form at the end of the page, saying until when', () => {
    const facts = en.indexOf('Key facts');
    const link = en.search(
      /<a href="#apply"\s*>Apply: the form is at the end of this page \(closes <time/,
    );
    expect(facts).toBeGreaterThan(0);
    expect(link).toBeGreaterThan(facts);
    expect(link).toBeLessThan(en.indexOf('id="background"'));
    expect(en).toContain('id="apply"');
    expect(fr).toMatch(
      /<a href="#apply"\s*>Postuler\u00a0: le formulaire est au bas de cette page/,
    );
    expect(file(files, 'en/MA-2029-0003.html')).not.toContain('href="#apply"');
  });

  test('says how to apply while open, and how it ended once closed, awarded or cancelled', () => {
    expect(en).toContain('only with the application form on this page');
    expect(en).not.toMatch(/send your application by e-mail/i);
    expect(en).toContain('href="mailto:team@example.gc.ca?subject=MA-2029-0001"');
    expect(file(files, 'en/MA-2029-0003.html')).toContain('Applications closed on');
    expect(file(files, 'en/MA-2029-0004.html')).toContain(
      'This opportunity was awarded to Jordan Developer.',
    );
    expect(file(files, 'fr/MA-2029-0005.html')).toContain('Cette occasion a été annulée le');
    expect(file(files, 'en/MA-2029-0004.html')).not.toContain('Applications are taken until');
    // Once accepted, the delivered work is linked (escaped), as the pilot's site showed it.
    expect(file(files, 'en/MA-2029-0004.html')).toContain(
      'The work was delivered and accepted: <a href="https://github.com/example/dark-mode/pull/3?x=&lt;b&gt;&amp;y=1"',
    );
    expect(file(files, 'fr/MA-2029-0004.html')).toContain('Le travail a été livré et accepté');
    expect(JSON.parse(file(files, 'data/MA-2029-0004.json')).deliveredWork).toBe(
      'https://github.com/example/dark-mode/pull/3?x=<b>&y=1',
    );
    expect(file(files, 'en/MA-2029-0001.html')).not.toContain('delivered and accepted');
    expect(JSON.parse(file(files, 'data/MA-2029-0001.json')).deliveredWork).toBeNull();
  });

  test('a canonical link gives its public address', () => {
    expect(en).toContain(`<link rel="canonical" href="${siteUrl}/en/MA-2029-0001.html"`);
  });

  test('days left count whole days from the time of publishing: 10 days and 5 hours is 10 days', () => {
    expect(sampleNow.toISOString()).toBe('2030-01-05T15:00:00.000Z');
    expect(en).toContain('10 days left');
  });
});

describe('open data', () => {
  test('opportunities.json lists the open ones inline and the archive in parts, money in cents', () => {
    const listing = JSON.parse(file(files, 'opportunities.json')) as {
      open: { id: string; status: string; valueCents: number }[];
      archive: string[];
    };
    expect(listing.open.map((o) => [o.id, o.status])).toEqual([
      ['MA-2029-0002', 'open'],
      ['MA-2029-0001', 'open'],
    ]);
    expect(listing.open[1]!.valueCents).toBe(999_350);
    expect(listing.archive).toEqual([`${siteUrl}/data/closed-1.json`]);
    const archive = JSON.parse(file(files, 'data/closed-1.json')) as {
      opportunities: { id: string; status: string }[];
    };
    // Oldest closing first: the order in which the archive grows.
    expect(archive.opportunities.map((o) => [o.id, o.status])).toEqual([
      ['MA-2029-0004', 'awarded'],
      ['MA-2029-0003', 'closed'],
      ['MA-2029-0005', 'cancelled'],
    ]);
  });

  test('each opportunity has its own file with both languages and its addenda', () => {
    const data = JSON.parse(file(files, 'data/MA-2029-0001.json')) as Record<string, unknown>;
    expect(data.title).toEqual({
      en: 'Accessible date picker',
      fr: 'Sélecteur de date accessible',
    });
    expect(data.addenda).toHaveLength(1);
    expect(data.eligibility).toEqual({
      en: t('en', 'eligibility.default'),
      fr: t('fr', 'eligibility.default'),
    });
    expect(data).not.toHaveProperty('fundCentre');
    expect(data).not.toHaveProperty('cardholderId');
  });
});
