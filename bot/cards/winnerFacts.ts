import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import type { Opportunity } from '../../domain/opportunity';
import { facts, text, type Element } from './elements';

/** Who won, for the author and the cardholder only; everyone else sees the public name. */
export function winnerFacts(
  record: Opportunity,
  locale: Locale,
  identity: { name: string; businessName: string; email: string } | null,
): Element[] {
  const award = record.award;
  if (!award) return [];
  const name = identity ? identity.businessName || identity.name : award.supplierName;
  return [
    facts([
      [
        t(locale, 'bot.award.winner'),
        identity
          ? t(locale, 'bot.award.winnerValue', {
              name,
              email: identity.email,
              confirmation: award.winner,
            })
          : name,
      ],
    ]),
    text(t(locale, 'bot.award.draw', { count: award.candidates.length }), { isSubtle: true }),
  ];
}
