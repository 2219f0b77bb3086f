import { sha256Hex } from './draw';
import { isEmail, emailKey } from './email';
import { formatDateTime, isLocale, type Locale } from './locale';
import { t } from './messages';
import { inLanguage, type NoticeMessage } from './notices';
import type { Opportunity } from './opportunity';
import { problem, type Problem } from './problems';
import { err, ok, type Result } from './result';
import { readIdentityText, readText } from './text';

/**
 * Suppliers who asked to hear of new opportunities by e-mail, without an account: an address, a
 * language and, if they want fewer e-mails, keywords to match against the skills asked for. Kept
 * apart from everything else and deleted on unsubscribe.
 */
export interface SubscriptionForm {
  email: string;
  language: Locale;
  /** Lower-case, accents and punctuation folded; empty: every new opportunity. */
  keywords: string[];
}

/** Names of the subscription form's fields, shared by the page, the endpoint and the tests. */
export const subscriptionFields = {
  email: 'email',
  language: 'language',
  keywords: 'keywords',
  /** Hidden from people; a bot that fills it in is refused (the same trap as the other forms). */
  honeypot: 'website',
} as const;

export const maxKeywords = 10;
export const maxKeywordLength = 40;
/** Ten keywords of forty characters with their commas, and some room for spaces. */
export const maxKeywordsText = 500;

/**
 * Text as it is matched: accents folded (é is e), lower case, and every run of characters other
 * than letters, digits, `+` and `#` one space, so `Node.js` is `node js` and `C#` stays `c#`.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** The keywords typed, separated by commas, semicolons or new lines; duplicates dropped. */
function splitKeywords(text: string): string[] {
  const folded = text
    .split(/[,;\n]/)
    .map(foldForMatching)
    .filter((keyword) => keyword !== '');
  return [...new Set(folded)];
}

/** Reads an untrusted subscription form; every problem at once. */
export function parseSubscription(
  input: Readonly<Record<string, unknown>>,
): Result<SubscriptionForm, Problem[]> {
  const problems: Problem[] = [];
  const email =
    readIdentityText(
      subscriptionFields.email,
      input[subscriptionFields.email] ?? '',
      254,
      problems,
    ) ?? '';
  if (!problems.some((p) => p.field === subscriptionFields.email)) {
    if (!email) problems.push(problem(subscriptionFields.email, 'required'));
    else if (!isEmail(email)) problems.push(problem(subscriptionFields.email, 'invalidEmail'));
  }
  const language = input[subscriptionFields.language];
  if (language === undefined || language === '')
    problems.push(problem(subscriptionFields.language, 'required'));
  else if (!isLocale(language))
    problems.push(problem(subscriptionFields.language, 'invalidChoice'));

  const before = problems.length;
  const text =
    readText(
      subscriptionFields.keywords,
      input[subscriptionFields.keywords] ?? '',
      maxKeywordsText,
      problems,
    ) ?? '';
  const keywords = problems.length === before ? splitKeywords(text) : [];
  if (keywords.length > maxKeywords)
    problems.push(problem(subscriptionFields.keywords, 'tooMany', { max: maxKeywords }));
  else if (keywords.some((keyword) => keyword.length > maxKeywordLength))
    problems.push(problem(subscriptionFields.keywords, 'tooLong', { max: maxKeywordLength }));

  if ((input[subscriptionFields.honeypot] ?? '') !== '')
    problems.push(problem(subscriptionFields.honeypot, 'mustBeEmpty'));
  return problems.length ? err(problems) : ok({ email, language: language as Locale, keywords });
}

/**
 * Whether a new opportunity is one the subscriber asked for: any of their keywords, as whole words,
 * in any skill it asks for, in English or French. No keywords: every opportunity.
 */
export function matchesKeywords(keywords: readonly string[], record: Opportunity): boolean {
  if (keywords.length === 0) return true;
  const skills = record.fields.skills.flatMap((skill) => [skill.en, skill.fr]);
  const haystack = ` ${skills.map(foldForMatching).join(' | ')} `;
  return keywords.some((keyword) => haystack.includes(` ${keyword} `));
}

/**
 * A subscriber's id: the same for every way one address is written (`emailKey`), and not the
 * address itself, so links and logs carry no address.
 */
export function subscriberId(email: string): string {
  return sha256Hex(`subscriber\n${emailKey(email)}`).slice(0, 32);
}

/**
 * The id of the notice telling one subscriber of one opportunity: the same on every try, so the
 * announcement can be run again after a crash without e-mailing anyone twice. It is also the
 * reference GC Notify keeps, so it differs for each subscriber.
 */
export function announcementNoticeId(opportunityId: string, subscriber: string): string {
  return sha256Hex(`announce\n${opportunityId}\n${subscriber}`).slice(0, 32);
}

/** The links a subscriber's e-mails carry, each with the secret that proves they got the e-mail. */
export interface SubscriptionLinks {
  confirm: string;
  unsubscribe: string;
}

/** Asks the address's owner to confirm: nothing is sent to it until they do (double opt-in). */
export function confirmSubscriptionNotice(
  to: string,
  language: Locale,
  keywords: readonly string[],
  links: SubscriptionLinks,
): NoticeMessage {
  const text = inLanguage(language, (locale) => ({
    subject: t(locale, 'notice.subscriptionConfirm.subject'),
    body: [
      t(locale, 'notice.subscriptionConfirm.lead'),
      keywords.length
        ? t(locale, 'notice.subscriptionConfirm.keywords', { keywords: keywords.join(', ') })
        : t(locale, 'notice.subscriptionConfirm.everything'),
      t(locale, 'notice.subscriptionConfirm.link', { url: links.confirm }),
      t(locale, 'notice.subscriptionConfirm.ignore'),
      t(locale, 'notice.unsubscribe', { url: links.unsubscribe }),
    ].join('\n\n'),
  }));
  return { kind: 'subscriptionConfirm', to, language, ...text, opportunityId: '' };
}

/** A new opportunity, to a subscriber whose keywords it matches. */
export function opportunityPostedNotice(
  record: Opportunity,
  to: string,
  language: Locale,
  pageUrl: string,
  unsubscribeUrl: string,
): NoticeMessage {
  const title = language === 'en' ? record.fields.titleEn : record.fields.titleFr;
  const summary = language === 'en' ? record.fields.summaryEn : record.fields.summaryFr;
  const text = inLanguage(language, (locale) => ({
    subject: t(locale, 'notice.opportunityPosted.subject', { id: record.id, title }),
    body: [
      t(locale, 'notice.opportunityPosted.lead', { id: record.id, title }),
      summary,
      t(locale, 'notice.opportunityPosted.closing', {
        closing: record.fields.closingAt ? formatDateTime(record.fields.closingAt, locale) : '',
      }),
      t(locale, 'notice.page', { url: pageUrl }),
      t(locale, 'notice.unsubscribe', { url: unsubscribeUrl }),
    ].join('\n\n'),
  }));
  return { kind: 'opportunityPosted', to, language, ...text, opportunityId: record.id };
}
