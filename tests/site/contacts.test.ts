import { fillContacts, isExampleAddress } from '../../site/contacts';
import { renderContentMarkdown } from '../../site/markdown';

describe('contacts on the content pages', () => {
  test('an e-mail feedback address is a mailto link with a subject in the page language', () => {
    const contacts = { email: 'ma@esdc-edsc.gc.ca', feedback: 'avis@esdc-edsc.gc.ca' };
    const fr = renderContentMarkdown(fillContacts('Écrivez à {feedback}.', contacts, 'fr'));
    expect(fr).toContain(
      '<a href="mailto:avis@esdc-edsc.gc.ca?subject=Avis%20sur%20la%20micro-acquisition">avis@esdc-edsc.gc.ca</a>',
    );
    const en = renderContentMarkdown(fillContacts('Write to {contactEmail}.', contacts, 'en'));
    expect(en).toContain('<a href="mailto:ma@esdc-edsc.gc.ca">ma@esdc-edsc.gc.ca</a>');
  });

  test('an https feedback address is a link to that page', () => {
    const contacts = { email: 'ma@esdc-edsc.gc.ca', feedback: 'https://github.com/esdc/ma/issues' };
    expect(renderContentMarkdown(fillContacts('See {feedback}.', contacts, 'en'))).toContain(
      '<a href="https://github.com/esdc/ma/issues" rel="noopener noreferrer nofollow">',
    );
  });

  test('example domains are told from real ones', () => {
    expect(isExampleAddress('micro-acquisition@example.gc.ca')).toBe(true);
    expect(isExampleAddress('someone@example.com')).toBe(true);
    expect(isExampleAddress('https://tracker.example.org/issues')).toBe(true);
    expect(isExampleAddress('a@b.test')).toBe(true);
    expect(isExampleAddress('micro-acquisition@esdc-edsc.gc.ca')).toBe(false);
    expect(isExampleAddress('https://github.com/example-org/issues')).toBe(false);
  });
});
