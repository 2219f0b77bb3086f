import { draftCard } from '../../bot/cards/draftCard';
import { copiedFields } from '../../domain/copyOpportunity';
import { formFromFields, readDraftForm } from '../../domain/draftForm';
import { evolve, type AuditEvent } from '../../domain/events';
import { t } from '../../domain/messages';
import { emptyFields, withFieldDefaults, type OpportunityFields } from '../../domain/opportunity';
import { parseFieldChanges } from '../../domain/parseFields';
import { headEntity, readHead } from '../../storage/opportunityEntities';
import { anOpportunity, completeFields } from '../support/builders';

const program = { en: t('en', 'eligibility.default'), fr: t('fr', 'eligibility.default') };

/** Fields as a record stored before the eligibility field existed holds them. */
function withoutEligibility(fields: OpportunityFields): OpportunityFields {
  const rest: Partial<OpportunityFields> = { ...fields };
  delete rest.eligibilityEn;
  delete rest.eligibilityFr;
  return rest as OpportunityFields;
}

describe('the eligibility field', () => {
  test('a new draft starts with the program’s eligibility, in both languages', () => {
    expect(program.en).toContain('age of majority');
    expect(program.en).toContain('valid work permit');
    expect(program.fr).toContain('âge de la majorité');
    expect(emptyFields()).toMatchObject({ eligibilityEn: program.en, eligibilityFr: program.fr });
  });

  test('it is the author’s to change, within its length', () => {
    expect(parseFieldChanges({ eligibilityEn: 'Students only', eligibilityFr: '' })).toEqual({
      changes: { eligibilityEn: 'Students only', eligibilityFr: '' },
      problems: [],
    });
    expect(parseFieldChanges({ eligibilityFr: 'x'.repeat(2_001) }).problems).toEqual([
      expect.objectContaining({ field: 'eligibilityFr', code: 'tooLong' }),
    ]);
  });

  test('the short card leaves it to the tab, and saving from the card never changes it', () => {
    const own = anOpportunity({
      fields: completeFields({ eligibilityEn: 'Students only', eligibilityFr: 'Étudiants' }),
    });
    for (const record of [null, own]) {
      const shown = JSON.stringify(
        draftCard({ locale: 'en', record, problems: [], missing: [], cardholders: [], nonce: 'n' }),
      );
      expect(shown).toContain('"id":"titleEn"');
      expect(shown).not.toContain('"id":"eligibilityEn"');
      expect(shown).not.toContain('"id":"eligibilityFr"');
    }
    // What the short card sends: its own inputs only, so the eligibility stays as stored.
    const read = readDraftForm({ titleEn: 'Picker', titleFr: 'Sélecteur', cardholderId: '' });
    expect(read.changes).not.toHaveProperty('eligibilityEn');
    expect(read.changes).not.toHaveProperty('eligibilityFr');
  });

  test('the card’s form and the fields read each other both ways, and a copy keeps it', () => {
    const fields = completeFields({ eligibilityEn: 'Students only', eligibilityFr: 'Étudiants' });
    const form = formFromFields(fields);
    expect(form).toMatchObject({ eligibilityEn: 'Students only', eligibilityFr: 'Étudiants' });
    expect(readDraftForm(form).changes).toMatchObject({
      eligibilityEn: 'Students only',
      eligibilityFr: 'Étudiants',
    });
    expect(copiedFields(fields)).toMatchObject({
      eligibilityEn: 'Students only',
      eligibilityFr: 'Étudiants',
    });
  });

  test('a record stored before the field existed reads with the program’s eligibility, without a migration', () => {
    const old = anOpportunity({ fields: withoutEligibility(completeFields()) });
    expect('eligibilityEn' in old.fields).toBe(false);
    const { record } = readHead(headEntity(old, []));
    expect(record.fields).toMatchObject({ eligibilityEn: program.en, eligibilityFr: program.fr });
    // Replaying its old creation event gives the same.
    const created = evolve(null, {
      opportunityId: old.id,
      version: 1,
      at: old.createdAt,
      actorId: old.authorId,
      actorName: old.authorName,
      from: null,
      to: 'draft',
      comment: null,
      details: {
        kind: 'create',
        authorName: old.authorName,
        fields: withoutEligibility(emptyFields()),
      },
    } as AuditEvent);
    expect(created.fields.eligibilityFr).toBe(program.fr);
    // What the author wrote, even an emptied field, is kept as written.
    const own = { ...completeFields(), eligibilityEn: '' };
    expect(withFieldDefaults(own)).toBe(own);
  });
});
