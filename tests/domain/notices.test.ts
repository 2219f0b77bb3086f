import { otherLocale } from '../../domain/locale';
import { applicationReceived } from '../../domain/notices';
import { anOpportunity, completeFields } from '../support/builders';

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

  test('says, in the words the supplier reads, the number, the closing and each answer under its statement', () => {
    const twoStatements = anOpportunity({
      state: 'posted',
      fields: completeFields({
        closingAt: '2030-01-15T20:00:00.000Z',
        evaluationCriteria: [
          { en: 'Has shipped a React component', fr: 'A livré un composant React' },
          { en: 'Writes tests', fr: 'Écrit des tests' },
        ],
      }),
    });
    const received = { to: 'jordan@example.com', confirmation: 'ABCD2345', answers: ['Yes: two.'] };
    const en = applicationReceived(twoStatements, received, 'en');
    expect(en.subject).toBe('Application received: MA-2029-0001 Accessible date picker');
    expect(en.body).toBe(
      [
        'Thank you. Your application to Accessible date picker (MA-2029-0001) was received.',
        'Your confirmation number: MA-2029-0001-ABCD2345. Keep it: it identifies your application in the draw, which is published without your name.',
        'Applications close on January 15, 2030 at 3:00 p.m. EST. The evaluation is anonymous, pass or fail on each statement; among the applications that pass every statement, the supplier is chosen by a random draw. We will write to you with the result.',
        'A copy of your answers:',
        'Statement 1: Has shipped a React component\nYes: two.',
        'Statement 2: Writes tests\n',
      ].join('\n\n'),
    );
    expect(en.kind).toBe('applicationReceived');
    const fr = applicationReceived(twoStatements, received, 'fr');
    expect(fr.subject).toBe('Candidature reçue\u00a0: MA-2029-0001 Sélecteur de date accessible');
    expect(fr.body).toContain('A livré un composant React\nYes: two.');
  });
});
