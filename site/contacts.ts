import { isEmail, mailtoHref } from '../domain/email';
import type { Locale } from '../domain/locale';
import { t } from '../domain/messages';

/**
 * Where the public pages send people: the program's e-mail and the feedback address (an e-mail
 * or an https page such as an issue tracker). Settings, so a production server never publishes
 * an example address (`PROGRAM_CONTACT_EMAIL`, `FEEDBACK_ADDRESS`).
 */
export interface SiteContacts {
  email: string;
  feedback: string;
}

/** What development and tests publish; a production server refuses these (server/config.ts). */
export const exampleContacts: SiteContacts = {
  email: 'micro-acquisition@example.gc.ca',
  feedback: 'micro-acquisition@example.gc.ca',
};

/** A domain reserved for examples (RFC 2606) or under one: never a real mailbox or page. */
export function isExampleAddress(address: string): boolean {
  const host = address.includes('@')
    ? address.slice(address.lastIndexOf('@') + 1)
    : URL.canParse(address)
      ? new URL(address).hostname
      : address;
  return /(^|\.)(example|invalid|test|localhost)(\.[a-z.]+)?$/i.test(host.toLowerCase());
}

export function isFeedbackAddress(text: string): boolean {
  return isEmail(text) || (URL.canParse(text) && new URL(text).protocol === 'https:');
}

/** Markdown link text and targets may not carry `[ ] ( ) < >`: an address that does is text. */
const markdownSafe = (text: string) => text.replace(/[[\]()<>\\`*_]/g, (c) => `\\${c}`);

/**
 * The content pages name the contacts as `{contactEmail}` and `{feedback}`: each becomes a link
 * (a `mailto:` whose address can add no header, or the https page), so the pilot team's Markdown
 * never holds an address.
 */
export function fillContacts(markdown: string, contacts: SiteContacts, locale: Locale): string {
  const mail = (address: string, subject?: string) =>
    `[${markdownSafe(address)}](<${mailtoHref(address, subject)}>)`;
  const feedback = isEmail(contacts.feedback)
    ? mail(contacts.feedback, t(locale, 'site.feedback.subject'))
    : `[${markdownSafe(contacts.feedback)}](<${encodeURI(contacts.feedback)}>)`;
  return markdown
    .replaceAll('{contactEmail}', mail(contacts.email))
    .replaceAll('{feedback}', feedback);
}
