import { maxDeliveryUrlLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { confirmFirst } from './confirmFirst';
import {
  buttonRows,
  card,
  execute,
  heading,
  inputText,
  text,
  type Card,
  type Element,
} from './elements';
import { noticeBlock, type Notice } from './opportunityCards';
import { reasonInput } from './reasonInput';

export const deliveryUrlInputId = 'deliveryUrl';

/** What the card's link input sent (`recordDelivery`); its reason is `readReason`'s. */
export function readDelivery(raw: Readonly<Record<string, unknown>>): { deliveryUrl: string } {
  return { deliveryUrl: inputText(raw, deliveryUrlInputId) };
}

/** The author records where the delivered work is. */
export function deliveryCard(
  record: Opportunity,
  locale: Locale,
  winner: Element[],
  context: { notice?: Notice } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  return card(
    [
      heading(t(locale, 'bot.delivery.title', { id: record.id })),
      ...noticeBlock(context.notice),
      ...winner,
      {
        type: 'Input.Text',
        id: deliveryUrlInputId,
        label: t(locale, 'bot.delivery.url'),
        style: 'Url',
        maxLength: maxDeliveryUrlLength,
        isRequired: true,
        errorMessage: t(locale, 'problem.required', { field: t(locale, 'bot.delivery.url') }),
      },
      ...buttonRows([
        execute(t(locale, 'bot.action.recordDelivery'), 'recordDelivery', data, 'positive'),
      ]),
      // The reason is for the cancelling in the last row, so it sits below the delivery's button.
      text(t(locale, 'bot.accept.nonDelivery'), { isSubtle: true }),
      reasonInput(locale),
    ],
    [confirmFirst(locale, 'cancel', data)],
  );
}
