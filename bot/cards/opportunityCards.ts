import { totalCents } from '../../domain/completeness';
import { changeCardholderAction, type Reassigning } from './changeCardholderCard';
import { formatCalendarDate, formatDateTime, type Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { breakdown, formatCents } from '../../domain/money';
import type { FundCentreAward } from '../../domain/splitting';
import type { Opportunity } from '../../domain/opportunity';
import type { Verb } from '../verbs';
import {
  card,
  execute,
  facts,
  heading,
  refreshAction,
  text,
  type Card,
  type Element,
} from './elements';

/** What everyone involved sees of an opportunity: where it stands and who acted last. */
export function summary(
  record: Opportunity,
  locale: Locale,
  waitingForName: string | null,
): Element[] {
  const f = record.fields;
  const value =
    f.amountCents !== null && f.province !== null && totalCents(f) !== null
      ? (() => {
          const b = breakdown(f.amountCents, f.amountBasis, f.province);
          return t(locale, 'bot.fact.valueBreakdown', {
            preTax: formatCents(b.preTaxCents, locale),
            tax: formatCents(b.taxCents, locale),
            total: formatCents(b.totalCents, locale),
            province: f.province,
          });
        })()
      : '';
  const rows: Array<[string, string]> = [
    [t(locale, 'bot.fact.id'), record.id],
    [t(locale, 'bot.fact.state'), t(locale, `state.${record.state}`)],
    [t(locale, 'field.titleEn'), f.titleEn],
    [t(locale, 'field.titleFr'), f.titleFr],
    [t(locale, 'bot.fact.value'), value],
    [t(locale, 'field.fundCentre'), f.fundCentre],
    [t(locale, 'bot.fact.closing'), f.closingAt ? formatDateTime(f.closingAt, locale) : ''],
    [
      t(locale, 'bot.fact.dates'),
      t(locale, 'bot.fact.datesValue', {
        start: f.startDate ? formatCalendarDate(f.startDate, locale) : '—',
        delivery: f.deliveryDate ? formatCalendarDate(f.deliveryDate, locale) : '—',
      }),
    ],
    [t(locale, 'bot.approval.requestedBy'), record.authorName],
    [
      t(locale, 'bot.fact.lastChange'),
      t(locale, 'bot.fact.lastChangeValue', {
        name: record.updatedByName,
        at: formatDateTime(record.updatedAt, locale),
      }),
    ],
  ];
  if (waitingForName) rows.push([t(locale, 'bot.fact.waitingFor'), waitingForName]);
  return [facts(rows), text(locale === 'fr' ? f.summaryFr : f.summaryEn, { isSubtle: true })];
}

export interface ViewContext {
  locale: Locale;
  /** Teams user ids of whoever may act now: they get their own view on refresh. */
  approverTeamsIds: readonly string[];
  /** Name of the person the opportunity waits for, if one. */
  waitingForName: string | null;
  notice?: { text: string; tone?: 'Good' | 'Attention' | 'Warning' };
  publicUrl?: string;
  /** For the author while the funds wait: whom they may name as cardholder instead. */
  reassigning?: Reassigning;
  /** For the CFOB: the fund centre's other opportunities of the last twelve months. */
  fundCentreHistory?: { items: readonly FundCentreAward[]; totalCents: number };
}

/** Whoever may act now gets their own view of the card when Teams shows it (at most 60). */
export function refreshFor(
  record: Opportunity,
  approverTeamsIds: readonly string[],
): Partial<Card> {
  if (!approverTeamsIds.length) return {};
  return {
    refresh: {
      action: refreshAction({ opportunityId: record.id }),
      userIds: approverTeamsIds.slice(0, 60),
    },
  };
}

export type Notice = NonNullable<ViewContext['notice']>;

/** The opportunity's title in the card's language, its English one when there is no other. */
export function titleIn(record: Opportunity, locale: Locale): string {
  return (locale === 'fr' ? record.fields.titleFr : record.fields.titleEn) || record.fields.titleEn;
}

/** What just happened, at the top of a card, in bold, coloured by its tone. */
export function noticeBlock(notice: ViewContext['notice']): Element[] {
  return notice ? [text(notice.text, { color: notice.tone ?? 'Good', weight: 'Bolder' })] : [];
}

/** The read-only view: state, facts, last decision, public link once posted. */
export function statusCard(record: Opportunity, context: ViewContext): Card {
  const { locale } = context;
  const body = [
    heading(
      `${record.id} · ${record.fields[locale === 'fr' ? 'titleFr' : 'titleEn'] || record.fields.titleEn}`,
    ),
    ...noticeBlock(context.notice),
  ];
  body.push(...summary(record, locale, context.waitingForName));
  if (context.publicUrl)
    body.push(text(`${t(locale, 'bot.fact.publicPage')}: ${context.publicUrl}`));
  const actions =
    record.state === 'draft'
      ? [execute(t(locale, 'bot.action.open'), 'openDraft', { opportunityId: record.id })]
      : context.reassigning
        ? [changeCardholderAction(record, locale, context.reassigning)]
        : [];
  return card(body, actions, refreshFor(record, context.approverTeamsIds));
}

/**
 * The person's opportunities, one row each; a tap on a row opens that opportunity's card in its
 * place (`openDraft`: the draft card for one's own draft, else the card one may see).
 */
export function listCard(records: readonly Opportunity[], locale: Locale, more: boolean): Card {
  if (!records.length) return card([text(t(locale, 'bot.mine.empty'))]);
  const rows = records.map((r): Element => {
    const label = `${t(locale, `state.${r.state}`)} · ${r.fields.titleEn || r.fields.titleFr || '—'}`;
    return {
      type: 'ColumnSet',
      spacing: 'Small',
      selectAction: {
        type: 'Action.Execute',
        title: t(locale, 'bot.mine.open', { id: r.id }),
        verb: 'openDraft' satisfies Verb,
        data: { opportunityId: r.id },
      },
      columns: [
        { type: 'Column', width: 2, items: [text(r.id, { weight: 'Bolder', color: 'Accent' })] },
        { type: 'Column', width: 5, items: [text(label)] },
      ],
    };
  });
  const body = [
    heading(t(locale, 'bot.mine.title')),
    text(t(locale, 'bot.mine.tap'), { isSubtle: true, spacing: 'None' }),
    ...rows,
  ];
  if (more)
    body.push(text(t(locale, 'bot.mine.more', { count: records.length }), { isSubtle: true }));
  return card(body);
}

export function messageCard(message: string, tone?: 'Attention' | 'Good' | 'Warning'): Card {
  return card([text(message, tone ? { color: tone } : {})]);
}
