import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { formatCents } from '../../domain/money';
import type { Opportunity } from '../../domain/opportunity';
import { confirmFirst } from './confirmFirst';
import {
  buttonRows,
  card,
  execute,
  facts,
  heading,
  text,
  type Card,
  type Element,
} from './elements';
import { noticeBlock, type Notice } from './opportunityCards';
import { reasonInput } from './reasonInput';

/**
 * The procurement officer's view of a held award: why it is held, and the release with a reason
 * (its one input, read by `readReason` as the cancelling's is).
 */
export function releaseCard(
  record: Opportunity,
  locale: Locale,
  refresh: Partial<Card>,
  context: { notice?: Notice } = {},
): Card {
  const split = record.award?.splitting;
  const body: Element[] = [
    heading(t(locale, 'bot.held.title', { id: record.id })),
    ...noticeBlock(context.notice),
    text(
      t(locale, 'bot.held.explain', {
        supplier: record.award?.supplierName ?? '',
        count: split?.opportunityIds.length ?? 0,
        fundCentre: record.fields.fundCentre,
        prior: formatCents(split?.priorCents ?? 0, locale),
      }),
    ),
    facts([[t(locale, 'bot.fact.id'), (split?.opportunityIds ?? []).join(', ')]]),
    reasonInput(locale),
  ];
  const data = { opportunityId: record.id, version: record.version };
  body.push(
    ...buttonRows([
      execute(t(locale, 'bot.action.releaseAward'), 'releaseAward', data, 'positive'),
    ]),
  );
  return card(body, [confirmFirst(locale, 'cancel', data)], refresh);
}
