import { maxRationaleLength } from '../../domain/limits';
import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { confirmFirst } from './confirmFirst';
import {
  buttonRows,
  card,
  execute,
  facts,
  heading,
  inputText,
  text,
  type Card,
  type Element,
} from './elements';
import { noticeBlock, type Notice } from './opportunityCards';
import { reasonInput } from './reasonInput';

/** The inputs of criterion `n` (counted from 1): met or not, and a note. */
export const metInputId = (n: number) => `met${n}`;
export const noteInputId = (n: number) => `note${n}`;
export const certifiedInputId = 'certified';

export interface AcceptanceInput {
  checks: Array<{ met: boolean; note: string }>;
  certified: boolean;
}

/** What the card's inputs sent for `rows` criteria (`accept`); its reason is `readReason`'s. */
export function readAcceptance(
  raw: Readonly<Record<string, unknown>>,
  rows: number,
): AcceptanceInput {
  return {
    checks: Array.from({ length: rows }, (_, i) => ({
      met: raw[metInputId(i + 1)] === 'true',
      note: inputText(raw, noteInputId(i + 1)),
    })),
    certified: raw[certifiedInputId] === 'true',
  };
}

/** The author checks each acceptance criterion and certifies the work (FAA s.34). */
export function acceptanceCard(
  record: Opportunity,
  locale: Locale,
  winner: Element[],
  context: { notice?: Notice } = {},
): Card {
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = [
    heading(t(locale, 'bot.accept.title', { id: record.id })),
    ...noticeBlock(context.notice),
    ...winner,
    facts([[t(locale, 'field.deliveryUrl'), record.deliveryUrl ?? '']]),
  ];
  record.fields.acceptanceCriteria.forEach((criterion, i) => {
    body.push(
      text(
        t(locale, 'bot.accept.criterion', {
          kind: t(locale, `site.acceptance.${criterion.kind}`),
          text: criterion[locale],
        }),
        { weight: 'Bolder' },
      ),
      {
        type: 'Input.Toggle',
        id: metInputId(i + 1),
        title: t(locale, 'bot.accept.met'),
        valueOn: 'true',
        valueOff: 'false',
        value: 'false',
      },
      {
        type: 'Input.Text',
        id: noteInputId(i + 1),
        label: t(locale, 'bot.accept.note'),
        maxLength: maxRationaleLength,
      },
    );
  });
  body.push(
    {
      type: 'Input.Toggle',
      id: certifiedInputId,
      title: t(locale, 'bot.accept.certify'),
      valueOn: 'true',
      valueOff: 'false',
      value: 'false',
      wrap: true,
    },
    ...buttonRows([execute(t(locale, 'bot.action.accept'), 'accept', data, 'positive')]),
    text(t(locale, 'bot.accept.nonDelivery'), { isSubtle: true }),
    reasonInput(locale),
  );
  return card(body, [confirmFirst(locale, 'cancel', data)]);
}
