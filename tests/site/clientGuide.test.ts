import { loadContent } from '../../site/content';
import { exampleContacts } from '../../site/contacts';
import { renderContentPage } from '../../site/contentPage';
import { parsePage } from './support/htmlQuery';

describe('the client guide', () => {
  test('its budget table comes from the tax rates: $8,695.65 before tax at 15 %, every province once', async () => {
    const content = await loadContent();
    const en = parsePage(
      renderContentPage('client-guide', 'en', content.en['client-guide'], exampleContacts),
    );
    const rows = en.byTag('tr').map((row) => en.text(row));
    expect(rows).toContain('15% NB, NL, PE $8,695.65');
    expect(rows).toContain('13% ON $8,849.56');
    const provinces = rows.slice(1).flatMap((row) => row.match(/\b[A-Z]{2}\b/g) ?? []);
    expect(provinces.sort()).toEqual(
      ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'].sort(),
    );
    const fr = renderContentPage('client-guide', 'fr', content.fr['client-guide'], exampleContacts);
    expect(fr).toContain('8\u00a0695,65\u00a0$');
    expect(fr).not.toContain('{taxTable}');
  });
});
