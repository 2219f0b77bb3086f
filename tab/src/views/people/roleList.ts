import type { Locale } from '../../../../domain/locale';
import { t } from '../../../../domain/messages';
import type { Role } from '../../../../domain/people';

/** "cardholder, manager", or "No role", in the person's language. */
export function roleList(roles: readonly Role[], locale: Locale): string {
  return roles.length
    ? roles.map((role) => t(locale, `role.${role}`)).join(', ')
    : t(locale, 'tab.people.noRoles');
}
