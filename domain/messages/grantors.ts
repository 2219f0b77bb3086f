import type { Refusal } from '../decide';
import type { Locale } from '../locale';
import { describeRefusal, t } from './index';

/** Names as a person reads a list of them: "A", "A and B", "A, B and C" (« et » in French). */
function listOfNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/**
 * A refusal for a missing role says which role, and who can grant it: the admins by name, or
 * that there is none yet. Other refusals read as `describeRefusal` has them.
 */
export function describeRefusalWithGrantors(
  refusal: Refusal,
  locale: Locale,
  adminNames: readonly string[],
): string {
  const text = describeRefusal(refusal, locale);
  if (refusal.kind !== 'forbidden' || refusal.reason !== 'missingRole') return text;
  const grantors = adminNames.length
    ? t(locale, 'people.grantedBy', { admins: listOfNames(adminNames, locale) })
    : t(locale, 'people.grantedByNobody');
  return `${text} ${grantors}`;
}
