import fc from 'fast-check';
import type { Opportunity } from '../../domain/opportunity';
import { anOpportunity, completeFields } from '../support/builders';
import { parsePage } from './support/htmlQuery';
import { generateSite } from '../../site/siteRenderer';
import { sampleNow, siteUrl } from './support/sampleRecords';
import { ocdsValidator, parseXml, testContent } from './support/siteFixtures';

const applyUrl = 'http://127.0.0.1:3978/apply';

/** Fragments that have broken out of templates somewhere, mixed into any Unicode at all. */
const attacks = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt&#58;alert(1))',
  '[x](vbscript:msgbox)',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="javascript:x">x</a>',
  '![img](https://x/y.png" onerror="alert(1))',
  '<svg/onload=alert(1)>',
  '<iframe src=//evil>',
  '</title><script>',
  ']]><!--',
  '&lt;script&gt;',
  '`${x}`',
  '\u2028\u2029',
  '\u0000\u0007',
  '<style>body{}</style>',
  '<<script>script>',
  'www.example.com',
  '<https://example.com/"onmouseover="x>',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.oneof(fc.constantFrom(...attacks), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: 6,
    })
    .map((parts) => parts.join('')),
);

const allowedTags = new Set(
  'html head meta title link script body gcds-header gcds-breadcrumbs gcds-breadcrumbs-item header nav a div section h1 h2 h3 h4 h5 h6 ol ul li main p dl dt dd time strong em code pre blockquote br hr span gcds-footer footer table thead tbody tr th td s form fieldset legend label input textarea button'.split(
    ' ',
  ),
);
const allowedAttributes =
  /^(?:class|id|href|lang|hreflang|rel|datetime|aria-[a-z]+|data-closing-at|slot|lang-href|skip-to-href|display|contextual-heading|contextual-links|sub-links|charset|name|content|http-equiv|type|src|title|start|method|action|accept-charset|for|autocomplete|maxlength|value|required|rows|tabindex|data-max-words|data-words-label)$/;

function checkHtml(markup: string): void {
  const page = parsePage(markup);
  for (const { name, attribs } of page.elements()) {
    expect(allowedTags).toContain(name);
    for (const [attribute, value] of Object.entries(attribs)) {
      expect(attribute).toMatch(allowedAttributes);
      const emptyIcon = name === 'link' && attribs.rel === 'icon' && value === 'data:,';
      if (
        (attribute === 'href' ||
          attribute === 'src' ||
          attribute === 'action' ||
          attribute.endsWith('-href')) &&
        !emptyIcon
      ) {
        // Browsers skip blanks and control characters inside a scheme: so must the check.
        // eslint-disable-next-line no-control-regex
        expect(value.replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(
          /^(?:javascript|vbscript|data):/i,
        );
        expect(value).toMatch(/^(?:https?:\/\/|mailto:|#|\.\.\/|[\w-]+\.html|index|feed\.xml)/);
      }
      if (name === 'script')
        expect(attribute === 'src' ? value : '').toMatch(/^(?:\.\.\/assets\/[\w/.-]+\.js)?$/);
    }
  }
  expect(page.byTag('script')).toHaveLength(2);
}

const validateOcds = ocdsValidator();
const atomElements = new Set([
  '?xml',
  'feed',
  'id',
  'title',
  'subtitle',
  'updated',
  'author',
  'name',
  'link',
  'entry',
  'published',
  'category',
  'summary',
]);

function elementNames(node: unknown, into = new Set<string>()): Set<string> {
  if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@') && key !== '#text' && !/^\d+$/.test(key)) into.add(key);
      elementNames(value, into);
    }
  return into;
}

function recordsWith(t: string, u: string, v: string): Opportunity[] {
  const fields = completeFields({
    titleEn: t,
    titleFr: u,
    summaryEn: v,
    summaryFr: t,
    backgroundEn: u,
    workEn: v,
    workFr: `${t}\n\n${u}`,
    skills: [{ en: t, fr: v }],
    acceptanceCriteria: [{ en: u, fr: t, kind: 'security' }],
    evaluationCriteria: [{ en: v, fr: u }],
  });
  const posted = { state: 'posted' as const, postedAt: '2029-12-01T15:00:00.000Z', fields };
  return [
    anOpportunity({
      ...posted,
      id: 'MA-2029-0001',
      addenda: [{ at: '2029-12-02T15:00:00.000Z', en: v, fr: t }],
      answers: [
        {
          question: 'QA7X2K9M',
          at: '2029-12-03T15:00:00.000Z',
          questionEn: t,
          questionFr: u,
          answerEn: v,
          answerFr: `${u}\n\n${t}`,
        },
      ],
    }),
    anOpportunity({
      ...posted,
      id: 'MA-2029-0002',
      state: 'awarded',
      supplierName: u,
      stateSince: '2030-01-20T15:00:00.000Z',
    }),
  ];
}

test('no text an author writes makes a tag, an attribute, a script link or broken data in any output', () => {
  fc.assert(
    fc.property(text, text, text, (t, u, v) => {
      // With the application form, whose labels quote the evaluation criteria.
      const files = generateSite(recordsWith(t, u, v), {
        siteUrl,
        applyUrl,
        content: testContent,
        now: sampleNow,
      });
      for (const path of [
        'en/MA-2029-0001.html',
        'fr/MA-2029-0001.html',
        'en/MA-2029-0002.html',
        'en/index.html',
        'fr/index.html',
      ])
        checkHtml(files.get(path)!);
      for (const path of [
        'opportunities.json',
        'data/MA-2029-0001.json',
        'data/MA-2029-0002.json',
        'ocds/MA-2029-0001.json',
        'ocds/MA-2029-0002.json',
      ]) {
        const json = files.get(path)!;
        expect(json).not.toMatch(/[<>]/);
        expect(() => JSON.parse(json)).not.toThrow();
      }
      const data = JSON.parse(files.get('data/MA-2029-0002.json')!) as {
        title: { en: string };
        supplierName: string;
      };
      expect([data.title.en, data.supplierName]).toEqual([t, u]);
      expect(validateOcds(JSON.parse(files.get('ocds/MA-2029-0002.json')!))).toBe(true);
      expect(validateOcds(JSON.parse(files.get('ocds/MA-2029-0001.json')!))).toBe(true);
      for (const locale of ['en', 'fr']) {
        const names = elementNames(parseXml(files.get(`${locale}/feed.xml`)!));
        for (const name of names) expect(atomElements).toContain(name);
      }
    }),
    { numRuns: 60 },
  );
});
