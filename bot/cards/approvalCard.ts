import { totalCents } from '../../domain/completeness';
import { maxCommentLength } from '../../domain/limits';
import { formatDateTime } from '../../domain/locale';
import { t } from '../../domain/messages';
import { capCents, formatCents } from '../../domain/money';
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
import { noticeBlock, refreshFor, summary, type ViewContext } from './opportunityCards';

/** The contract-splitting guardrail: what else the fund centre bought in twelve months. */
function historyBlock(record: Opportunity, context: ViewContext): Element[] {
  const history = context.fundCentreHistory;
  if (!history) return [];
  const { locale } = context;
  const title = text(t(locale, 'bot.guardrail.title', { fundCentre: record.fields.fundCentre }), {
    weight: 'Bolder',
  });
  if (!history.items.length)
    return [title, text(t(locale, 'bot.guardrail.none'), { isSubtle: true })];
  const own = totalCents(record.fields) ?? 0;
  return [
    title,
    facts(
      history.items.map((o): [string, string] => [
        o.opportunityId,
        t(locale, 'bot.guardrail.item', {
          amount: formatCents(o.totalCents, locale),
          at: formatDateTime(o.at, locale),
        }),
      ]),
    ),
    text(
      t(locale, 'bot.guardrail.total', {
        total: formatCents(history.totalCents, locale),
        together: formatCents(history.totalCents + own, locale),
      }),
      { color: history.totalCents + own > capCents ? 'Attention' : undefined, weight: 'Bolder' },
    ),
  ];
}

/** The approver's comment, sent with Approve, Return and Reject (whose second step gathers it). */
export const commentInputId = 'comment';

/** What the approval card's comment input sent (`approveFunds`, `approvePosting`, `returnToAuthor`, `reject`). */
export function readComment(raw: Readonly<Record<string, unknown>>): string {
  return inputText(raw, commentInputId);
}

/** The approver's view: the same facts, a comment box, Approve and Return each in its row, Reject apart in the last. */
export function approvalCard(record: Opportunity, context: ViewContext): Card {
  const { locale } = context;
  const funds = record.state === 'awaitingFunds';
  const data = { opportunityId: record.id, version: record.version };
  const body: Element[] = [
    heading(t(locale, funds ? 'bot.approval.fundsTitle' : 'bot.approval.postingTitle')),
    ...noticeBlock(context.notice),
    ...summary(record, locale, null),
    ...historyBlock(record, context),
    {
      type: 'Input.Text',
      id: commentInputId,
      label: t(locale, 'bot.comment'),
      isMultiline: true,
      maxLength: maxCommentLength,
    },
    ...buttonRows(
      [
        execute(
          t(locale, funds ? 'bot.action.approveFunds' : 'bot.action.approvePosting'),
          funds ? 'approveFunds' : 'approvePosting',
          data,
          'positive',
        ),
      ],
      [execute(t(locale, 'bot.action.return'), 'returnToAuthor', data)],
    ),
  ];
  return card(
    body,
    [confirmFirst(locale, 'reject', data)],
    refreshFor(record, context.approverTeamsIds),
  );
}
