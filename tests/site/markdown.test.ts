import { escapeHtml, html, isSafeHref, linkOrText, trustedHtml } from '../../site/html';
import { renderContentMarkdown, renderUserMarkdown } from '../../site/markdown';
import { relativeHref } from '../../site/paths';
import { formatDateTime } from '../../domain/locale';
import { formatCents } from '../../domain/money';
import { formatInstant, formatMoney } from '../../site/format';

describe('the html template', () => {
  test('escapes every interpolated value, including inside attributes and lists', () => {
    const name = `"><script>alert('x')</script>`;
    expect(html`<p title="${name}">${name}${[name, 1]}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">' +
        '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'.repeat(2) +
        '1</p>',
    );
  });

  test('inserts markup only when it was built by html or marked as trusted', () => {
    expect(html`<div>${html`<b>${'<i>'}</b>`}${trustedHtml('<em>x</em>')}</div>`.value).toBe(
      '<div><b>&lt;i&gt;</b><em>x</em></div>',
    );
    expect(html`${null}${undefined}${false}`.value).toBe('');
    expect(escapeHtml('`&')).toBe('&#96;&amp;');
  });

  test('links only to http(s), mail and our own pages; anything else stays text', () => {
    for (const ok of [
      'https://x.ca/a?b=1',
      'http://x.ca',
      'mailto:a@b.ca',
      '../fr/index.html',
      'index-2.html',
      '#main',
    ])
      expect(isSafeHref(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' javascript:x',
      'data:text/html,x',
      '//evil.ca',
      'vbscript:x',
      'https://x .ca',
    ])
      expect(isSafeHref(bad)).toBe(false);
    expect(linkOrText('javascript:alert(1)', 'click').value).toBe('click');
  });
});

describe('Markdown written by authors', () => {
  test('raw HTML is shown as text, never as markup', () => {
    expect(renderUserMarkdown('<script>alert(1)</script> and <b onclick="x">bold</b>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt;</p>\n',
    );
  });

  test('only http(s) links become links; images are not rendered', () => {
    expect(
      renderUserMarkdown(
        '[a](https://x.ca/a) [b](javascript:alert(1)) [c](mailto:a@b.ca) [d](/local)',
      ),
    ).toBe(
      '<p><a href="https://x.ca/a" rel="noopener noreferrer nofollow">a</a> [b](javascript:alert(1)) [c](mailto:a@b.ca) [d](/local)</p>\n',
    );
    expect(renderUserMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  test('bare addresses become links, bare e-mail addresses do not', () => {
    expect(renderUserMarkdown('See https://www.canada.ca or a@b.ca')).toBe(
      '<p>See <a href="https://www.canada.ca" rel="noopener noreferrer nofollow">https://www.canada.ca</a> or a@b.ca</p>\n',
    );
  });

  test('headings start under the page’s own h2', () => {
    expect(renderUserMarkdown('# One\n\n#### Four')).toBe('<h3>One</h3>\n<h6>Four</h6>\n');
  });

  test('the pilot team’s pages may link to mail and to other pages of the site', () => {
    expect(
      renderContentMarkdown('# Title\n\n[guide](supplier-guide.html) [us](mailto:a@b.ca)'),
    ).toBe(
      '<h1>Title</h1>\n<p><a href="supplier-guide.html">guide</a> <a href="mailto:a@b.ca">us</a></p>\n',
    );
    expect(renderContentMarkdown('[x](javascript:alert(1))')).not.toContain('href');
  });
});

test('relative links between pages of the site', () => {
  expect(relativeHref('en/index.html', 'en/MA-2029-0001.html')).toBe('MA-2029-0001.html');
  expect(relativeHref('en/index.html', 'fr/index.html')).toBe('../fr/index.html');
  expect(relativeHref('en/index.html', 'assets/gcds/gcds.css')).toBe('../assets/gcds/gcds.css');
  expect(relativeHref('index.html', 'en/index.html')).toBe('en/index.html');
});

test('the site’s reusable formatters write exactly what the domain’s do', () => {
  const instants = [
    '2030-01-15T20:00:00.000Z',
    '2030-07-02T16:00:00.000Z',
    '2030-11-03T05:30:00.000Z',
  ];
  for (const locale of ['en', 'fr'] as const) {
    for (const iso of instants)
      expect(formatInstant(iso, locale)).toBe(formatDateTime(iso, locale));
    for (const cents of [0, 999_350, 1_000_000])
      expect(formatMoney(cents, locale)).toBe(formatCents(cents, locale));
  }
});
