import type { Locale } from '../../domain/locale';
import { maxCommentLength } from '../../domain/limits';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { execute, text, type Element } from './elements';

export const changeCardholderInputIds = {
  cardholderId: 'cardholderId',
  comment: 'comment',
} as const;

/** Whom the author may name instead: people holding the cardholder role now, as stored. */
export interface Reassigning {
  cardholders: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * On the author's card while the funds wait: "Name another cardholder" opens a choice among the
 * cardholders and a required comment; its button sends `changeCardholder`.
 */
export function changeCardholderAction(
  record: Opportunity,
  locale: Locale,
  reassigning: Reassigning,
): Element {
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = reassigning.cardholders.length
    ? [
        {
          type: 'Input.ChoiceSet',
          id: changeCardholderInputIds.cardholderId,
          label: t(locale, 'tab.changeCardholder.cardholder'),
          isRequired: true,
          errorMessage: t(locale, 'problem.required', {
            field: t(locale, 'tab.changeCardholder.cardholder'),
          }),
          placeholder: t(locale, 'tab.changeCardholder.choose'),
          choices: reassigning.cardholders.map((c) => ({ title: c.name, value: c.id })),
        },
        {
          type: 'Input.Text',
          id: changeCardholderInputIds.comment,
          label: t(locale, 'tab.changeCardholder.comment'),
          isMultiline: true,
          isRequired: true,
          errorMessage: t(locale, 'problem.required', {
            field: t(locale, 'tab.changeCardholder.comment'),
          }),
          maxLength: maxCommentLength,
        },
      ]
    : [text(t(locale, 'tab.changeCardholder.none'), { color: 'Attention' })];
  return {
    type: 'Action.ShowCard',
    title: t(locale, 'tab.changeCardholder.heading'),
    card: {
      type: 'AdaptiveCard',
      body: [text(t(locale, 'tab.changeCardholder.intro')), ...body],
      actions: reassigning.cardholders.length
        ? [execute(t(locale, 'tab.changeCardholder.submit'), 'changeCardholder', data)]
        : [],
    },
  };
}

/** The card's inputs, as the domain reads any untrusted intent (`parseIntent`). */
export function changeCardholderInput(raw: Readonly<Record<string, unknown>>): unknown {
  const ids = changeCardholderInputIds;
  return {
    kind: 'changeCardholder',
    cardholderId: raw[ids.cardholderId],
    comment: raw[ids.comment] ?? '',
  };
}
