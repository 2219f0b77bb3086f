import { safeJson } from './json';
import type { AuditEvent } from '../domain/events';
import { t } from '../domain/messages';
import type { Addendum, Opportunity } from '../domain/opportunity';
import type { PublishedChain } from '../storage/auditChain';
import { easternOffset, formatInstant, totalCents } from './format';
import { milestones, publicStatus, type Milestone } from './publicView';
import { publicUrl } from '../domain/publicUrls';
import { ocdsPackagePath, packageListPartPath } from './paths';

/**
 * Open Contracting Data Standard 1.1: one release per public change (posted, each addendum, each
 * answer to a supplier's question, closed, awarded, cancelled), each a full picture of the process at that moment. English is the
 * release language; French goes in the `_fr` language variants. Nothing about applicants.
 */
export interface OcdsOptions {
  siteUrl: string;
  /** The publisher's registered ocid prefix (`ocds-` and six characters). */
  ocidPrefix: string;
}

const buyerId = 'CA-GOV-ESDC';
const tags: Record<Milestone['kind'], string[]> = {
  posted: ['tender'],
  amended: ['tenderAmendment'],
  answered: ['tenderUpdate'],
  closed: ['tenderUpdate'],
  awarded: ['award'],
  cancelled: ['tenderCancellation'],
};

const startOfDay = (date: string | null) =>
  date ? `${date}T00:00:00${easternOffset(date)}` : null;
const endOfDay = (date: string | null) => (date ? `${date}T23:59:59${easternOffset(date)}` : null);
const money = (cents: number | null) =>
  cents === null ? null : { amount: cents / 100, currency: 'CAD' };

function releaseId(r: Opportunity, index: number, m: Milestone): string {
  return `${r.id}-${String(index + 1).padStart(2, '0')}-${m.kind}`;
}

function tender(r: Opportunity, list: Milestone[], upTo: number, ids: string[], siteUrl: string) {
  const f = r.fields;
  const m = list[upTo]!;
  const addenda = countUpTo(list, upTo, 'amended');
  const answers = countUpTo(list, upTo, 'answered');
  const status =
    m.kind === 'cancelled' ? 'cancelled' : m.kind === 'awarded' ? 'complete' : 'active';
  const criteria = (locale: 'en' | 'fr') =>
    [
      t(locale, 'site.evaluation.intro'),
      ...f.evaluationCriteria.map((c, i) => `${i + 1}. ${c[locale]}`),
    ].join('\n');
  return {
    id: r.id,
    title: f.titleEn,
    title_fr: f.titleFr,
    description: f.summaryEn,
    description_fr: f.summaryFr,
    status,
    procuringEntity: { id: buyerId, name: t('en', 'site.buyer.name') },
    items: [{ id: '1', description: f.workEn, description_fr: f.workFr, quantity: 1 }],
    value: money(totalCents(f)),
    procurementMethod: 'open',
    procurementMethodDetails: t('en', 'site.ocds.method'),
    procurementMethodRationale: t('en', 'site.index.lead'),
    procurementMethodRationale_fr: t('fr', 'site.index.lead'),
    mainProcurementCategory: 'services',
    awardCriteria: 'qualityOnly',
    awardCriteriaDetails: criteria('en'),
    awardCriteriaDetails_fr: criteria('fr'),
    // Who may apply; the skills sought are on the notice (OCDS has no field for them).
    eligibilityCriteria: f.eligibilityEn,
    eligibilityCriteria_fr: f.eligibilityFr,
    // Applications are taken only by the form on the opportunity's page, never by e-mail.
    submissionMethod: ['electronicSubmission'],
    submissionMethodDetails: t('en', 'site.ocds.submission', {
      url: `${publicUrl(siteUrl, r.id, 'en')}#apply`,
    }),
    submissionMethodDetails_fr: t('fr', 'site.ocds.submission', {
      url: `${publicUrl(siteUrl, r.id, 'fr')}#apply`,
    }),
    tenderPeriod: { startDate: r.postedAt, endDate: f.closingAt },
    contractPeriod: { startDate: startOfDay(f.startDate), endDate: endOfDay(f.deliveryDate) },
    documents: [
      ...(['en', 'fr'] as const).map((locale) => ({
        id: `notice-${locale}`,
        documentType: 'tenderNotice',
        title: locale === 'en' ? f.titleEn : f.titleFr,
        url: publicUrl(siteUrl, r.id, locale),
        format: 'text/html',
        language: locale,
      })),
      // OCDS's "clarifications": replies to bidders' questions, one document a language.
      ...r.answers.slice(0, answers).flatMap((a, i) =>
        (['en', 'fr'] as const).map((locale) => ({
          id: `clarification-${i + 1}-${locale}`,
          documentType: 'clarifications',
          title: locale === 'en' ? a.questionEn : a.questionFr,
          description: locale === 'en' ? a.answerEn : a.answerFr,
          url: `${publicUrl(siteUrl, r.id, locale)}#answer-${i + 1}`,
          datePublished: a.at,
          format: 'text/html',
          language: locale,
        })),
      ),
    ],
    amendments: r.addenda.slice(0, addenda).map((a, i) => {
      const at = list.findIndex((x) => x.kind === 'amended' && x.addenda === i + 1);
      return {
        id: `${r.id}-addendum-${i + 1}`,
        date: a.at,
        description: withClosing(a, 'en'),
        description_fr: withClosing(a, 'fr'),
        releaseID: ids[at],
        amendsReleaseID: ids[at - 1],
      };
    }),
  };
}

/** An addendum's text, after the closing it moved, if it moved it. */
function withClosing(a: Addendum, locale: 'en' | 'fr'): string {
  if (!a.closing) return a[locale];
  const moved = t(locale, 'site.addendum.closingMoved', {
    from: formatInstant(a.closing.from, locale),
    to: formatInstant(a.closing.to, locale),
  });
  return `${moved}\n\n${a[locale]}`;
}

/** How many addenda, or answers, had been published by the milestone at `upTo`. */
function countUpTo(list: Milestone[], upTo: number, kind: 'amended' | 'answered'): number {
  let n = 0;
  for (const m of list.slice(0, upTo + 1)) {
    if (kind === 'amended' && m.kind === 'amended') n = m.addenda;
    if (kind === 'answered' && m.kind === 'answered') n = m.answers;
  }
  return n;
}

export interface ReleaseText {
  date: string;
  json: string;
}

/** Every release of one opportunity, oldest first, as JSON text ready to join into a package. */
export function ocdsReleases(
  r: Opportunity,
  options: OcdsOptions,
  events?: readonly AuditEvent[],
): ReleaseText[] {
  const list = milestones(r, events);
  const ids = list.map((m, i) => releaseId(r, i, m));
  const awardIndex = list.findIndex((m) => m.kind === 'awarded');
  const cancelled = publicStatus(r) === 'cancelled';
  return list.map((m, i) => {
    const awarded = awardIndex >= 0 && i >= awardIndex && r.supplierName;
    const supplier = { id: `${r.id}-supplier`, name: r.supplierName ?? '' };
    const buyer = {
      id: buyerId,
      name: t('en', 'site.buyer.name'),
      name_fr: t('fr', 'site.buyer.name'),
      roles: ['buyer', 'procuringEntity'],
      contactPoint: { email: r.fields.contactEmail },
    };
    const tag =
      m.kind === 'cancelled' && awardIndex >= 0
        ? ['tenderCancellation', 'awardCancellation']
        : tags[m.kind];
    const json = safeJson({
      ocid: `${options.ocidPrefix}-${r.id}`,
      id: ids[i],
      date: m.at,
      tag,
      initiationType: 'tender',
      language: 'en',
      parties: awarded ? [buyer, { ...supplier, roles: ['supplier'] }] : [buyer],
      buyer: { id: buyerId, name: buyer.name },
      tender: tender(r, list, i, ids, options.siteUrl),
      ...(awarded
        ? {
            awards: [
              {
                id: `${r.id}-award`,
                title: r.fields.titleEn,
                title_fr: r.fields.titleFr,
                status: cancelled && m.kind === 'cancelled' ? 'cancelled' : 'active',
                date: list[awardIndex]!.at,
                value: money(totalCents(r.fields)),
                suppliers: [supplier],
              },
            ],
          }
        : {}),
    });
    return { date: m.at, json };
  });
}

/**
 * One opportunity's release package: one package per contracting process, so a change rewrites
 * one small file however many opportunities the site holds. `auditChain`, an additional field of
 * the package (OCDS allows them; docs/public-site.md), is the head of the opportunity's audit chain
 * the package was made from.
 */
export function renderReleasePackage(
  id: string,
  releases: readonly ReleaseText[],
  options: OcdsOptions,
  chain: PublishedChain | null = null,
): string {
  const publishedDate = releases.reduce((max, r) => (r.date > max ? r.date : max), '');
  const head = safeJson({
    uri: absolute(options.siteUrl, ocdsPackagePath(id)),
    version: '1.1',
    publishedDate,
    publisher: { name: t('en', 'site.buyer.name') },
    license: 'https://open.canada.ca/en/open-government-licence-canada',
    ...(chain ? { auditChain: chain } : {}),
  });
  return `${head.slice(0, -1)},"releases":[\n${releases.map((r) => r.json).join(',\n')}\n]}\n`;
}

/** One line of the package list: the address of an opportunity's package, as JSON. */
export function packageListLine(id: string, siteUrl: string): string {
  return safeJson(absolute(siteUrl, ocdsPackagePath(id)));
}

/** One part of the list of release packages, in order of posting. */
export function renderPackageList(lines: readonly string[]): string {
  return `{"packages":[\n${lines.join(',\n')}\n]}\n`;
}

/** Where a reader of the open data starts: the parts of the package list, oldest postings first. */
export function renderPackageParts(parts: number, siteUrl: string): string {
  const lines = Array.from({ length: parts }, (_, i) =>
    safeJson(absolute(siteUrl, packageListPartPath(i + 1))),
  );
  return `{"parts":[\n${lines.join(',\n')}\n]}\n`;
}

const absolute = (siteUrl: string, path: string) => `${siteUrl.replace(/\/+$/, '')}/${path}`;
