import { maxLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { describeByInput, describeProblem, fieldLabel, t } from '../../domain/messages';
import { describeMoney, moneyPreview } from '../../domain/moneyPreview';
import type { Opportunity } from '../../domain/opportunity';
import type { Person } from '../../domain/people';
import type { Problem } from '../../domain/problems';
import {
  formFromFields,
  type formInputIds,
  formValuesFrom,
  inputForField,
  type FormValues,
} from '../../domain/draftForm';
import {
  buttonRows,
  card,
  execute,
  heading,
  openUrl,
  problemsBlock,
  text,
  type Card,
  type Element,
} from './elements';

export interface DraftCardInput {
  locale: Locale;
  /** The stored draft; absent for a new one. */
  record: Opportunity | null;
  /** What the person typed, when it could not be saved: shown again so nothing is lost. */
  typed?: FormValues;
  problems: readonly Problem[];
  /** What the stored draft still lacks before it can be submitted (counted, not listed). */
  missing: readonly Problem[];
  notice?: string;
  /** People who may be chosen as cardholder (never the author). */
  cardholders: readonly Person[];
  /** Identifies this card for a first save, so a double click creates one draft. */
  nonce: string;
  /** The link that opens this draft in the tab; absent for a new draft (it has no number yet). */
  tabUrl?: string;
}

/** The inputs the short card holds; every other field is finished in the tab. */
export const shortCardInputs = [
  'titleEn',
  'titleFr',
  'summaryEn',
  'summaryFr',
  'cardholderId',
] as const satisfies ReadonlyArray<(typeof formInputIds)[number]>;
const onCard = new Set<string>(shortCardInputs);

/**
 * What a draft card sent (`saveDraft`, `submitDraft`): every draft form input id, not only the
 * short card's, so a card sent before the short card still saves what it holds (docs/bot.md).
 */
export function readDraftInputs(raw: Readonly<Record<string, unknown>>): FormValues {
  return formValuesFrom(raw);
}

/**
 * The short draft card (docs/bot.md, "The short draft card"): title, summary and cardholder,
 * each with its hint as visible text, how many fields are still to complete, Save, "Finish in
 * the tab", and Submit once nothing is missing, each button in its own row. A card sends only its own inputs, so Save
 * changes these five fields and never the ones finished in the tab.
 */
export function draftCard(input: DraftCardInput): Card {
  const { locale, record } = input;
  const values: FormValues = { ...(record ? formFromFields(record.fields) : {}), ...input.typed };
  const isOnCard = (p: Problem) => onCard.has(inputForField(p.field));
  const byInput = describeByInput(input.problems.filter(isOnCard), locale, inputForField);
  // Problems of fields finished in the tab, said together below the card's inputs.
  const elsewhere = input.problems
    .filter((p) => !isOnCard(p))
    .map((p) => describeProblem(p, locale));
  const hint = (key: Parameters<typeof t>[1]) => text(t(locale, key), { isSubtle: true });
  const field = (id: string, element: Element): Element[] => [
    element,
    ...problemsBlock(byInput.get(id) ?? []),
  ];
  const textInput = (id: 'titleEn' | 'titleFr' | 'summaryEn' | 'summaryFr', multiline = false) =>
    field(id, {
      type: 'Input.Text',
      id,
      label: fieldLabel(id, locale),
      value: values[id] ?? '',
      maxLength: maxLength[id],
      ...(multiline ? { isMultiline: true } : {}),
    });

  const body: Element[] = [
    heading(
      record
        ? t(locale, 'bot.draft.title', { id: record.id, version: record.version })
        : t(locale, 'bot.draft.newTitle'),
    ),
    text(t(locale, 'bot.draft.intro')),
  ];
  if (record?.returnComment) {
    body.push(
      text(
        t(locale, 'bot.draft.returned', {
          name: record.updatedByName,
          comment: record.returnComment,
        }),
        { color: 'Warning' },
      ),
    );
  }
  if (input.notice) body.push(text(input.notice, { color: 'Good' }));
  if (input.problems.length)
    body.push(
      text(t(locale, 'bot.draft.needsAttention'), { color: 'Attention', weight: 'Bolder' }),
    );
  body.push(
    hint('bot.hint.title'),
    ...textInput('titleEn'),
    ...textInput('titleFr'),
    hint('bot.hint.summary'),
    ...textInput('summaryEn', true),
    ...textInput('summaryFr', true),
    hint('bot.hint.cardholder'),
    ...field('cardholderId', {
      type: 'Input.ChoiceSet',
      id: 'cardholderId',
      label: fieldLabel('cardholderId', locale),
      value: values.cardholderId ?? '',
      placeholder: t(locale, 'bot.choose'),
      choices: input.cardholders.map((p) => ({ title: p.name, value: p.id })),
    }),
  );

  body.push(...savedMoney(record, locale));

  // One count of what is left: the stored draft's missing fields and this answer's problems.
  const toComplete = new Set(
    [...input.missing, ...input.problems].map((p) => inputForField(p.field)),
  ).size;
  if (!record) body.push(text(t(locale, 'bot.draft.afterSave'), { weight: 'Bolder' }));
  else if (toComplete)
    body.push(text(t(locale, 'bot.draft.toComplete', { count: toComplete }), { weight: 'Bolder' }));
  else body.push(text(t(locale, 'bot.draft.complete'), { color: 'Good', weight: 'Bolder' }));
  if (elsewhere.length)
    body.push(
      text(t(locale, 'bot.draft.inTab'), { weight: 'Bolder' }),
      ...problemsBlock(elsewhere),
    );

  const data = record
    ? { opportunityId: record.id, version: record.version }
    : { nonce: input.nonce };
  body.push(
    ...buttonRows(
      [execute(t(locale, 'bot.action.save'), 'saveDraft', data)],
      record && input.tabUrl ? [openUrl(t(locale, 'bot.draft.finishInTab'), input.tabUrl)] : [],
      record && !toComplete
        ? [execute(t(locale, 'bot.action.submit'), 'submitDraft', data, 'positive')]
        : [],
    ),
  );
  return card(body);
}

/**
 * The money is entered in the tab; once an amount is saved, the card shows what it makes: the
 * total including tax and the largest amount before tax, renewed on every Save.
 */
function savedMoney(record: Opportunity | null, locale: Locale): Element[] {
  if (!record || record.fields.amountCents === null) return [];
  const { amountCents, amountBasis, province } = record.fields;
  return describeMoney(moneyPreview(amountCents, amountBasis, province), locale).map((line) =>
    text(line, { isSubtle: true }),
  );
}
