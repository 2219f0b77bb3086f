import { indexPath, opportunityPath, publicUrl } from '../../domain/publicUrls';

// These paths are what the bot, the tab and e-mails link to: a contract with every link sent.
test('an opportunity’s page is its id under its language, the id escaped for a path', () => {
  expect(opportunityPath('MA-2026-0007', 'en')).toBe('en/MA-2026-0007.html');
  expect(opportunityPath('MA-2026-0007', 'fr')).toBe('fr/MA-2026-0007.html');
  expect(opportunityPath('a/b c', 'en')).toBe('en/a%2Fb%20c.html');
});

test('each language has its index page', () => {
  expect(indexPath('en')).toBe('en/index.html');
  expect(indexPath('fr')).toBe('fr/index.html');
});

test('an absolute link joins the site address and the page with one slash', () => {
  const page = 'fr/MA-2026-0007.html';
  for (const base of [
    'https://example.gc.ca/opportunities',
    'https://example.gc.ca/opportunities/',
    'https://example.gc.ca/opportunities///',
  ])
    expect(publicUrl(base, 'MA-2026-0007', 'fr')).toBe(
      `https://example.gc.ca/opportunities/${page}`,
    );
  // Only trailing slashes go: the path's own stay.
  expect(publicUrl('https://example.gc.ca/a//b', 'MA-2026-0007', 'en')).toBe(
    'https://example.gc.ca/a//b/en/MA-2026-0007.html',
  );
});
