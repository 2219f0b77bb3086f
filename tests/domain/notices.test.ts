import { otherLocale } from '../../domain/locale';
import { applicationReceived } from '../../domain/notices';
import { anOpportunity } from '../support/builders';

const record = anOpportunity({ state: 'posted' });
const application = {
  to: 'jordan@example.com',
  confirmation: 'ABCD2345',
  answers: record.fields.evaluationCriteria.map((_, i) => `answer ${i + 1}`),
};

describe('the receipt of an application', () => {
  test.each(['en', 'fr'] as const)('in %s alone when the language is known', (language) => {
    const other = otherLocale(language);
    const notice = applicationReceived(record, application, language);
    expect(notice.body).toContain(`${record.id}-ABCD2345`);
    for (const [index, criterion] of record.fields.evaluationCriteria.entries()) {
      expect(notice.body).toContain(criterion[language]);
      expect(notice.body).toContain(`answer ${index + 1}`);
      if (criterion[other] !== criterion[language])
        expect(notice.body).not.toContain(criterion[other]);
    }
    expect(notice.body).not.toMatch(/[{}]/);
  });

  test('in English then French when the language is not known', () => {
    const both = applicationReceived(record, application, 'both');
    const en = applicationReceived(record, application, 'en');
    const fr = applicationReceived(record, application, 'fr');
    expect(both.subject).toBe(`${en.subject} / ${fr.subject}`);
    expect(both.body.indexOf(en.body)).toBe(0);
    expect(both.body.endsWith(fr.body)).toBe(true);
    expect(both).toMatchObject({
      language: 'both',
      to: 'jordan@example.com',
      confirmation: 'ABCD2345',
    });
  });
});
