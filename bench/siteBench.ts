import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDateTime, otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import { afterPostingDefaults, emptyFields, type Opportunity } from '../domain/opportunity';
import { loadContent } from '../site/content';
import { daysLeftText, formatCalendarDate, formatValue } from '../site/format';
import { renderUserMarkdown } from '../site/markdown';
import { createPublisher } from '../site/publisher';
import { SiteRenderer } from '../site/siteRenderer';
import { ms, summary } from './stats';

const siteUrl = 'http://127.0.0.1:3978/opportunities';
const now = new Date('2030-01-05T15:00:00.000Z');

/** n posted opportunities with realistic text in both languages, closing over the next weeks. */
function opportunities(n: number): Opportunity[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `MA-2030-${String(i + 1).padStart(5, '0')}`;
    const at = '2030-01-02T15:00:00.000Z';
    return {
      id,
      version: 4,
      state: 'posted',
      authorId: 'a',
      authorName: 'A',
      createdAt: at,
      updatedAt: at,
      updatedById: 'p',
      updatedByName: 'P',
      stateSince: at,
      stages: [{ state: 'posted', at }],
      returnComment: null,
      postedAt: at,
      addenda: [],
      ...afterPostingDefaults(),
      supplierName: null,
      deliveryUrl: null,
      payment: null,
      cancelReason: null,
      fields: {
        ...emptyFields(),
        titleEn: `Accessible component number ${i}`,
        titleFr: `Composant accessible numéro ${i}`,
        summaryEn: 'Build an accessible date picker for our forms, with tests and documentation.',
        summaryFr:
          'Créer un sélecteur de date accessible pour nos formulaires, avec tests et documentation.',
        backgroundEn:
          'Our forms need a date picker that works with **screen readers**.\n\n- keyboard\n- [NVDA](https://www.nvaccess.org/)',
        backgroundFr:
          'Nos formulaires ont besoin d’un sélecteur de date compatible avec les **lecteurs d’écran**.',
        workEn: 'A React component with tests.\n\nDeliver it to the repository.',
        workFr: 'Un composant React avec des tests.',
        skills: [
          { en: 'React', fr: 'React' },
          { en: 'Accessibility', fr: 'Accessibilité' },
        ],
        amountCents: 800_000 + i,
        amountBasis: 'preTax',
        province: 'ON',
        closingAt: new Date(now.getTime() + (1 + (i % 40)) * 86_400_000).toISOString(),
        startDate: '2030-03-01',
        deliveryDate: '2030-04-01',
        acceptanceCriteria: [
          { en: 'Passes axe checks', fr: 'Réussit les tests axe', kind: 'quality' },
        ],
        evaluationCriteria: [
          { en: 'Has shipped a React component', fr: 'A livré un composant React' },
        ],
        licence: 'MIT',
        repositoryUrl: 'https://github.com/example/date-picker',
        contactEmail: 'team@example.gc.ca',
        fundCentre: 'FC-1',
        cardholderId: 'c',
        unclassified: true,
      },
    };
  });
}

const layout = `<!doctype html><html lang="{{ locale }}"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="stylesheet" href="../assets/gcds/gcds.css"><script type="module" src="../assets/gcds/gcds.esm.js"></script></head><body>
<gcds-header lang-href="../{{ other }}/{{ file }}" skip-to-href="#main-content"></gcds-header>
<header><a href="../{{ other }}/{{ file }}" lang="{{ other }}">{{ otherName }}</a></header>
<main id="main-content">{{ content | safe }}</main><gcds-footer display="full"></gcds-footer><footer>{{ gov }}</footer></body></html>`;

const opportunityTemplate = `---
pagination: { data: pages, size: 1, alias: o }
permalink: "{{ o.locale }}/{{ o.id }}.html"
layout: page.njk
eleventyComputed: { title: "{{ o.title }}", locale: "{{ o.locale }}", other: "{{ o.other }}", file: "{{ o.id }}.html", otherName: "{{ o.otherName }}", gov: "{{ o.gov }}" }
---
<h1>{{ o.title }}</h1><p>{{ o.summary }}</p><dl>{% for f in o.facts %}<div><dt>{{ f[0] }}</dt><dd>{{ f[1] }}</dd></div>{% endfor %}</dl>
<section><h2>{{ o.h.background }}</h2>{{ o.background | md | safe }}</section><section><h2>{{ o.h.work }}</h2>{{ o.work | md | safe }}</section>
<section><h2>{{ o.h.skills }}</h2><ul>{% for s in o.skills %}<li>{{ s }}</li>{% endfor %}</ul></section>
<section><h2>{{ o.h.evaluation }}</h2><ol>{% for c in o.evaluation %}<li>{{ c }}</li>{% endfor %}</ol></section>
<section><h2>{{ o.h.apply }}</h2><p><a href="mailto:{{ o.contact }}">{{ o.contact }}</a> {{ o.closing }}</p></section>`;

const indexTemplate = `---
pagination: { data: indexPages, size: 1, alias: p }
permalink: "{{ p.locale }}/index{% if p.n > 1 %}-{{ p.n }}{% endif %}.html"
layout: page.njk
eleventyComputed: { title: "{{ p.title }}", locale: "{{ p.locale }}", other: "{{ p.other }}", file: "index.html", otherName: "{{ p.otherName }}", gov: "{{ p.gov }}" }
---
<h1>{{ p.title }}</h1><ul>{% for o in p.items %}<li><h3><a href="{{ o.id }}.html">{{ o.title }}</a></h3><p>{{ o.summary }}</p>
<dl>{% for f in o.facts %}<div><dt>{{ f[0] }}</dt><dd>{{ f[1] }}</dd></div>{% endfor %}</dl></li>{% endfor %}</ul>`;

const feedTemplate = `---
pagination: { data: feeds, size: 1, alias: f }
permalink: "{{ f.locale }}/feed.xml"
---
<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>{{ f.url }}</id><title>{{ f.title }}</title><updated>{{ f.updated }}</updated>
{% for e in f.entries %}<entry><id>{{ e.url }}</id><title>{{ e.title }}</title><updated>{{ e.updated }}</updated><link href="{{ e.url }}"/><summary>{{ e.summary }}</summary></entry>{% endfor %}</feed>`;

const dataTemplate = `---
pagination: { data: records, size: 1, alias: r }
permalink: "data/{{ r.id }}.json"
---
{{ r | dump | safe }}`;

const listingTemplate = `---
permalink: opportunities.json
---
{"opportunities":[{% for r in records %}{{ r.listing | dump | safe }}{% if not loop.last %},{% endif %}
{% endfor %}]}`;

/** The same pages from the same records: each language's opportunity pages, index pages, feeds and data. */
function viewModels(records: Opportunity[]) {
  const pages = records.flatMap((r) =>
    (['en', 'fr'] as Locale[]).map((locale) => {
      const f = r.fields;
      const en = locale === 'en';
      return {
        id: r.id,
        locale,
        other: otherLocale(locale),
        otherName: t(locale, 'site.otherLanguage'),
        gov: t(locale, 'site.government'),
        title: en ? f.titleEn : f.titleFr,
        summary: en ? f.summaryEn : f.summaryFr,
        background: en ? f.backgroundEn : f.backgroundFr,
        work: en ? f.workEn : f.workFr,
        skills: f.skills.map((s) => s[locale]),
        evaluation: f.evaluationCriteria.map((c) => c[locale]),
        contact: f.contactEmail,
        closing: formatDateTime(f.closingAt!, locale),
        h: {
          background: t(locale, 'site.section.background'),
          work: t(locale, 'site.section.work'),
          skills: t(locale, 'site.section.skills'),
          evaluation: t(locale, 'site.section.evaluation'),
          apply: t(locale, 'site.section.apply'),
        },
        facts: [
          [t(locale, 'site.field.value'), formatValue(f, locale)],
          [
            t(locale, 'site.field.closingAt'),
            `${formatDateTime(f.closingAt!, locale)} ${daysLeftText(f.closingAt, now, locale)}`,
          ],
          [t(locale, 'site.field.startDate'), formatCalendarDate(f.startDate!, locale)],
          [t(locale, 'site.field.licence'), f.licence],
        ],
      };
    }),
  );
  const indexPages = (['en', 'fr'] as Locale[]).flatMap((locale) => {
    const mine = pages.filter((p) => p.locale === locale);
    return Array.from({ length: Math.ceil(mine.length / 50) }, (_, i) => ({
      locale,
      n: i + 1,
      other: otherLocale(locale),
      otherName: t(locale, 'site.otherLanguage'),
      gov: t(locale, 'site.government'),
      title: t(locale, 'site.index.title'),
      items: mine.slice(i * 50, i * 50 + 50),
    }));
  });
  const feeds = (['en', 'fr'] as Locale[]).map((locale) => ({
    locale,
    url: `${siteUrl}/${locale}/feed.xml`,
    title: t(locale, 'site.feed.title'),
    updated: now.toISOString(),
    entries: pages
      .filter((p) => p.locale === locale)
      .slice(0, 50)
      .map((p) => ({
        url: `${siteUrl}/${locale}/${p.id}.html`,
        title: p.title,
        updated: now.toISOString(),
        summary: p.summary,
      })),
  }));
  return {
    pages,
    indexPages,
    feeds,
    records: records.map((r) => ({
      ...r.fields,
      id: r.id,
      listing: { id: r.id, title: r.fields.titleEn },
    })),
  };
}

/** Eleventy ships no types; the benchmark uses two calls of its documented API. */
const eleventyModule: string = '@11ty/eleventy';

async function eleventyBuild(records: Opportunity[], out: string): Promise<void> {
  const input = mkdtempSync(join(tmpdir(), 'eleventy-in-'));
  mkdirSync(join(input, '_includes'));
  writeFileSync(join(input, '_includes', 'page.njk'), layout);
  const templates = {
    'opportunity.njk': opportunityTemplate,
    'index.njk': indexTemplate,
    'feed.njk': feedTemplate,
    'data.njk': dataTemplate,
    'listing.njk': listingTemplate,
  };
  for (const [name, text] of Object.entries(templates)) writeFileSync(join(input, name), text);
  const { Eleventy } = (await import(eleventyModule)) as {
    Eleventy: new (i: string, o: string, opts: object) => { write(): Promise<unknown> };
  };
  const eleventy = new Eleventy(input, out, {
    quietMode: true,
    config(config: {
      addGlobalData(name: string, value: unknown): void;
      addFilter(name: string, f: (s: string) => string): void;
      addPassthroughCopy(p: object): void;
    }) {
      const models = viewModels(records);
      for (const [name, value] of Object.entries(models)) config.addGlobalData(name, value);
      config.addFilter('md', renderUserMarkdown);
      config.addPassthroughCopy({
        'node_modules/@cdssnc/gcds-components/dist/gcds': 'assets/gcds',
      });
    },
  });
  await eleventy.write();
  rmSync(input, { recursive: true, force: true });
}

async function ours(records: Opportunity[], out: string) {
  const publisher = createPublisher({
    outputDir: out,
    siteUrl,
    content: await loadContent(),
    clock: () => now,
  });
  const report = await publisher.publishAll(records);
  return { publisher, report };
}

const seconds = (msValue: number) => `${(msValue / 1000).toFixed(2)} s`;

const aDay = 86_400_000;

/** Open at once: two weeks of postings at 10,000 a year. Sites grow; this does not. */
const openAtOnce = 400;

/**
 * A site after years of the pilot: the latest postings open (closing over the next weeks), all
 * earlier ones closed and awarded, spread over the past, oldest first.
 */
function aSiteOf(n: number): Opportunity[] {
  const open = openAtOnce;
  return opportunities(n).map((r, i) => {
    if (i >= n - open) return r;
    const closedAt = new Date(now.getTime() - (n - i) * (aDay / 27)).toISOString();
    return {
      ...r,
      state: 'awarded',
      supplierName: `Supplier ${i}`,
      fields: { ...r.fields, closingAt: closedAt },
    };
  });
}

type ChangeKind = 'amend' | 'close' | 'award' | 'post';
const changeKinds: ChangeKind[] = ['amend', 'close', 'award', 'post'];

/** One public change to `records` (in place); answers the changed record. */
function changeOne(records: Opportunity[], kind: ChangeKind, step: number): Opportunity {
  const at = new Date(now.getTime() + step * 1000).toISOString();
  const touch = (i: number, change: Partial<Opportunity>) => {
    const r = records[i]!;
    records[i] = { ...r, ...change, version: r.version + 1, updatedAt: at };
    return records[i];
  };
  const open = records.map((r, i) => [r, i] as const).filter(([r]) => r.state === 'posted');
  switch (kind) {
    case 'amend': {
      const [r, i] = open[(step * 7919) % open.length]!;
      return touch(i, {
        addenda: [...r.addenda, { at, en: `Addendum ${step}`, fr: `Addenda ${step}` }],
      });
    }
    case 'close': {
      const soonest = open.reduce((a, b) =>
        a[0].fields.closingAt! <= b[0].fields.closingAt! ? a : b,
      );
      // The scheduler closes it at its deadline: time has come to it.
      return touch(soonest[1], {
        state: 'evaluating',
        stateSince: at,
        fields: { ...soonest[0].fields, closingAt: at },
      });
    }
    case 'award': {
      const i = records.findIndex((r) => r.state === 'evaluating');
      return touch(i, { state: 'awarded', supplierName: `Winner ${step}`, stateSince: at });
    }
    case 'post': {
      const fresh = opportunities(1)[0]!;
      const id = `MA-2031-${String(step).padStart(5, '0')}`;
      records.push({ ...fresh, id, postedAt: at, stateSince: at, updatedAt: at });
      return records.at(-1)!;
    }
  }
}

/**
 * Publishing one changed opportunity into an already published site of `size` (`aSiteOf`):
 * amending an open one, closing, awarding, posting a new one, in turn; p50 and p95 over 24
 * changes, from the changed record to the files written.
 */
async function publishOne(
  size: number,
): Promise<{ p50: number; p95: number; renderP50: number; written: number; bytes: string }> {
  const out = mkdtempSync(join(tmpdir(), 'site-one-'));
  const records = aSiteOf(size);
  const { publisher } = await ours(records, out);
  const samples: number[] = [];
  let written = 0;
  for (let step = 0; step < 24; step++) {
    const changed = changeOne(records, changeKinds[step % changeKinds.length]!, step);
    const start = performance.now();
    const report = await publisher.publishChanged([changed]);
    samples.push(performance.now() - start);
    written = Math.max(written, report.written.length);
  }
  const size_ = (path: string) => statSync(join(out, path)).size.toLocaleString('en-CA');
  const bytes = ['en/index.html', 'en/closed-1.html', 'opportunities.json', 'data/closed-1.json']
    .map((path) => `${path} ${size_(path)}`)
    .join(', ');
  rmSync(out, { recursive: true, force: true });
  // The same changes rendered without writing: what the site's own work costs.
  const renderer = new SiteRenderer({ siteUrl, content: await loadContent() });
  renderer.render(records, now);
  const renders: number[] = [];
  for (let step = 24; step < 48; step++) {
    const changed = changeOne(records, changeKinds[step % changeKinds.length]!, step);
    const start = performance.now();
    renderer.update([changed], now);
    renders.push(performance.now() - start);
  }
  return { ...summary(samples), renderP50: summary(renders).p50, written, bytes };
}

/** `npm run bench` part: our full build against Eleventy's, one change into a large site, page sizes. */
export async function siteBench(): Promise<void> {
  const n = 10_000;
  const records = opportunities(n);
  const oursOut = mkdtempSync(join(tmpdir(), 'site-full-'));
  const elevOut = mkdtempSync(join(tmpdir(), 'site-eleventy-'));
  let start = performance.now();
  const { report } = await ours(records, oursOut);
  const oursMs = performance.now() - start;
  start = performance.now();
  await eleventyBuild(records, elevOut);
  const eleventyMs = performance.now() - start;
  console.log(
    `\nPublic site: full build of ${n.toLocaleString('en-CA')} posted opportunities (both languages, index pages, feeds, JSON, OCDS)`,
  );
  console.log(
    `ours      ${seconds(oursMs)}  (${report.written.length.toLocaleString('en-CA')} files)`,
  );
  console.log(`Eleventy  ${seconds(eleventyMs)}  (same pages, Nunjucks templates, same data)`);
  console.log(`Eleventy/ours ratio  ${(eleventyMs / oursMs).toFixed(1)}×  (target ≥ 3×)`);
  const bytes = (path: string) => statSync(join(oursOut, path)).size.toLocaleString('en-CA');
  console.log(
    `bytes: en/index.html ${bytes('en/index.html')}, en/${records[0]!.id}.html ${bytes(`en/${records[0]!.id}.html`)}, opportunities.json ${bytes('opportunities.json')}, ocds/${records[0]!.id}.json ${bytes(`ocds/${records[0]!.id}.json`)}`,
  );
  readFileSync(join(elevOut, 'en', 'index.html'));
  rmSync(oursOut, { recursive: true, force: true });
  rmSync(elevOut, { recursive: true, force: true });

  const bySize: { p50: number; renderP50: number }[] = [];
  for (const size of [1_000, 10_000, 50_000]) {
    const one = await publishOne(size);
    bySize.push(one);
    if (size === 10_000) console.log(`bytes with ${openAtOnce} open: ${one.bytes}`);
    console.log(
      `publish one changed opportunity (amend, close, award, post) into ${size.toLocaleString('en-CA')} (${openAtOnce} open, the rest closed): p50 ${ms(one.p50)}  p95 ${ms(one.p95)}  of which rendering p50 ${ms(one.renderP50)}  (at most ${one.written} files written; target ≤ 100 ms)`,
    );
  }
  const ratio = (f: (x: { p50: number; renderP50: number }) => number) =>
    (f(bySize[2]!) / f(bySize[0]!)).toFixed(2);
  console.log(
    `50,000 / 1,000: rendering ${ratio((x) => x.renderP50)}, publishing into a folder ${ratio((x) => x.p50)}  (near 1 is size-independent; the folder's writes slow with 100,000 files in one directory)`,
  );
}
