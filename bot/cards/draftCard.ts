import { allowedLicences } from '../../domain/licences';
import { maxLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { describeProblem, fieldLabel, t } from '../../domain/messages';
import { provinces } from '../../domain/money';
import { describeMoney, moneyPreview } from '../../domain/moneyPreview';
import { defaultEligibility, type Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { Problem } from '../../domain/problems';
import { formFromFields, inputForField, type FormValues } from '../../domain/draftForm';
import { card, execute, heading, problemsBlock, text, type Card, type Element } from './elements';

export interface DraftCardInput {
  locale: Locale;
  /** The stored draft; absent for a new one. */
  record: Opportunity | null;
  /** What the person typed, when it could not be saved: shown again so nothing is lost. */
  typed?: FormValues;
  problems: readonly Problem[];
  notice?: string;
  /** People who may be chosen as cardholder (never the author). */
  cardholders: readonly Person[];
  /** Identifies this card for a first save, so a double click creates one draft. */
  nonce: string;
}

type Choice = { title: string; value: string };

/** The draft form: every field, each problem beside its field, Save and Submit. */
/** Teams refuses messages past about 28 KB; the card keeps well under that. */
export const maxCardChars = 24_000;
const longFields = ['backgroundEn', 'backgroundFr', 'workEn', 'workFr'] as const;

export function draftCard(input: DraftCardInput): Card {
  const full = buildDraftCard(input, true);
  return JSON.stringify(full).length <= maxCardChars ? full : buildDraftCard(input, false);
}

/**
 * With `editLongTexts` false, the long texts are shown as a note instead of inputs: a card
 * without those inputs saves nothing over them, so nothing is lost.
 */
function buildDraftCard(input: DraftCardInput, editLongTexts: boolean): Card {
  const { locale, record } = input;
  const values: FormValues = {
    // A new draft starts with the program's eligibility, as the store would give it.
    ...(record
      ? formFromFields(record.fields)
      : { amountBasis: 'taxIncluded', ...defaultEligibility() }),
    ...input.typed,
  };
  const byInput = new Map<string, string[]>();
  for (const p of input.problems) {
    const id = inputForField(p.field);
    byInput.set(id, [...(byInput.get(id) ?? []), describeProblem(p, locale)]);
  }
  const label = (key: Parameters<typeof t>[1]) => t(locale, key);
  const field = (id: string, element: Element): Element[] => [
    element,
    ...problemsBlock(byInput.get(id) ?? []),
  ];
  const textInput = (
    id: string,
    options: { multiline?: boolean; max?: number; placeholder?: string; label?: string } = {},
  ) =>
    field(id, {
      type: 'Input.Text',
      id,
      label: options.label ?? fieldLabel(id, locale),
      value: values[id] ?? '',
      ...(options.multiline ? { isMultiline: true } : {}),
      ...(options.max ? { maxLength: options.max } : {}),
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    });
  const choices = (id: string, list: readonly Choice[], labelText = fieldLabel(id, locale)) =>
    field(id, {
      type: 'Input.ChoiceSet',
      id,
      label: labelText,
      value: values[id] ?? '',
      placeholder: label('bot.choose'),
      choices: list,
    });
  const dateInput = (id: string, labelText: string) =>
    field(id, { type: 'Input.Date', id, label: labelText, value: values[id] ?? '' });

  const header: Element[] = [
    heading(
      record
        ? t(locale, 'bot.draft.title', { id: record.id, version: record.version })
        : label('bot.draft.newTitle'),
    ),
    text(label('bot.draft.intro'), { isSubtle: true }),
  ];
  if (record?.returnComment) {
    header.push(
      text(
        t(locale, 'bot.draft.returned', {
          name: record.updatedByName,
          comment: record.returnComment,
        }),
        { color: 'Warning' },
      ),
    );
  }
  if (input.notice) header.push(text(input.notice, { color: 'Good' }));
  if (input.problems.length)
    header.push(text(label('bot.draft.needsAttention'), { color: 'Attention', weight: 'Bolder' }));

  const body: Element[] = [
    ...header,
    ...textInput('titleEn', { max: 100 }),
    ...textInput('titleFr', { max: 100 }),
    ...textInput('summaryEn', { multiline: true, max: 500 }),
    ...textInput('summaryFr', { multiline: true, max: 500 }),
    ...longFields.flatMap((id) =>
      editLongTexts
        ? textInput(id, { multiline: true, max: maxLength[id] })
        : [
            text(fieldLabel(id, locale), { weight: 'Bolder' }),
            text(t(locale, 'bot.draft.tooLongForCard', { count: (values[id] ?? '').length }), {
              isSubtle: true,
            }),
            ...problemsBlock(byInput.get(id) ?? []),
          ],
    ),
    ...textInput('eligibilityEn', { multiline: true, max: maxLength.eligibilityEn }),
    ...textInput('eligibilityFr', { multiline: true, max: maxLength.eligibilityFr }),
    ...textInput('skills', { multiline: true, placeholder: label('bot.hint.skills') }),
    ...textInput('amount', {
      label: fieldLabel('amountCents', locale),
      placeholder: label('bot.hint.amount'),
    }),
    ...choices('amountBasis', [
      { title: label('bot.basis.taxIncluded'), value: 'taxIncluded' },
      { title: label('bot.basis.preTax'), value: 'preTax' },
    ]),
    ...choices(
      'province',
      provinces.map((p) => ({ title: p, value: p })),
    ),
    ...savedMoney(record, locale),
    ...dateInput('closingDate', label('bot.field.closingDate')),
    ...field('closingTime', {
      type: 'Input.Time',
      id: 'closingTime',
      label: label('bot.field.closingTime'),
      value: values.closingTime ?? '',
    }),
    ...dateInput('startDate', fieldLabel('startDate', locale)),
    ...dateInput('deliveryDate', fieldLabel('deliveryDate', locale)),
    ...textInput('acceptanceCriteria', {
      multiline: true,
      placeholder: label('bot.hint.acceptance'),
    }),
    ...textInput('evaluationCriteria', {
      multiline: true,
      placeholder: label('bot.hint.evaluation'),
    }),
    ...choices(
      'licence',
      allowedLicences.map((l) => ({ title: l, value: l })),
    ),
    ...textInput('repositoryUrl', { placeholder: 'https://github.com/…' }),
    ...textInput('contactEmail'),
    ...textInput('fundCentre'),
    ...choices(
      'cardholderId',
      input.cardholders.map((p) => ({ title: p.name, value: p.id })),
    ),
    ...field('unclassified', {
      type: 'Input.Toggle',
      id: 'unclassified',
      title: fieldLabel('unclassified', locale),
      value: values.unclassified === 'true' ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
    }),
  ];
  const data = record
    ? { opportunityId: record.id, version: record.version }
    : { nonce: input.nonce };
  return card(body, [
    execute(label('bot.action.save'), 'saveDraft', data),
    execute(label('bot.action.submit'), 'submitDraft', data, 'positive'),
  ]);
}

/**
 * A card cannot recompute as the person types, so it shows what the saved amount and province
 * make: the total including tax and the largest amount before tax, renewed on every Save.
 */
function savedMoney(record: Opportunity | null, locale: Locale): Element[] {
  if (!record) return [];
  const { amountCents, amountBasis, province } = record.fields;
  return describeMoney(moneyPreview(amountCents, amountBasis, province), locale).map((line) =>
    text(line, { isSubtle: true }),
  );
}
