import { safeJson } from './json';
import type { Opportunity } from '../domain/opportunity';
import type { PublishedChain } from '../storage/auditChain';
import { totalCents } from './format';
import { publicStatus, deliveredWork } from './publicView';
import { archiveDataPath } from './paths';
import { publicUrl } from '../domain/publicUrls';

const both = (en: string, fr: string) => ({ en, fr });

/**
 * The draw, for anyone to recompute with `verifyDraw`: the commitment from closing, and once
 * awarded the secret, the candidates (confirmation numbers), the seed and the selected number.
 */
function drawData(r: Opportunity, status: ReturnType<typeof publicStatus>) {
  if (!r.drawCommitment || (status !== 'closed' && status !== 'awarded')) return null;
  const award = status === 'awarded' ? r.award : null;
  return {
    commitment: r.drawCommitment,
    ...(award
      ? {
          secret: award.secret,
          candidates: award.candidates,
          seed: award.seed,
          winner: award.winner,
        }
      : {}),
  };
}

/**
 * One opportunity as open data: the public fields only (no author, cardholder or fund centre),
 * both languages side by side, money in integer cents including tax; and the head of its audit
 * chain when published (null for a history stored before the chain), so that a copy kept today
 * shows any later rewrite of it.
 */
export function opportunityData(
  r: Opportunity,
  siteUrl: string,
  updatedAt: string,
  chain: PublishedChain | null = null,
): string {
  const f = r.fields;
  const status = publicStatus(r);
  return `${safeJson(
    {
      id: r.id,
      status,
      title: both(f.titleEn, f.titleFr),
      summary: both(f.summaryEn, f.summaryFr),
      background: both(f.backgroundEn, f.backgroundFr),
      work: both(f.workEn, f.workFr),
      eligibility: both(f.eligibilityEn, f.eligibilityFr),
      skills: f.skills.map((s) => both(s.en, s.fr)),
      valueCents: totalCents(f),
      currency: 'CAD',
      valueIncludesTax: true,
      postedAt: r.postedAt,
      closingAt: f.closingAt,
      startDate: f.startDate,
      deliveryDate: f.deliveryDate,
      acceptanceCriteria: f.acceptanceCriteria.map((c) => ({ kind: c.kind, en: c.en, fr: c.fr })),
      evaluationCriteria: f.evaluationCriteria.map((c) => both(c.en, c.fr)),
      licence: f.licence,
      repositoryUrl: f.repositoryUrl,
      contactEmail: f.contactEmail,
      unclassified: f.unclassified,
      addenda: r.addenda.map((a) => ({
        at: a.at,
        en: a.en,
        fr: a.fr,
        ...(a.closing ? { closing: a.closing } : {}),
      })),
      // As published: never the question's number or who asked.
      questionsAndAnswers: r.answers.map((a) => ({
        at: a.at,
        question: both(a.questionEn, a.questionFr),
        answer: both(a.answerEn, a.answerFr),
      })),
      supplierName: status === 'awarded' ? r.supplierName : null,
      // The delivered work, once accepted: a public repository or pull request.
      deliveredWork: deliveredWork(r),
      draw: drawData(r, status),
      cancelledAt: status === 'cancelled' ? r.stateSince : null,
      updatedAt,
      pages: both(publicUrl(siteUrl, r.id, 'en'), publicUrl(siteUrl, r.id, 'fr')),
      auditChain: chain,
    },
    1,
  )}\n`;
}

/** One line of opportunities.json: enough to list and pick; the rest is in the opportunity's file. */
export function listingEntry(r: Opportunity, updatedAt: string): string {
  const f = r.fields;
  return safeJson({
    id: r.id,
    status: publicStatus(r),
    title: both(f.titleEn, f.titleFr),
    valueCents: totalCents(f),
    closingAt: f.closingAt,
    supplierName: publicStatus(r) === 'awarded' ? r.supplierName : null,
    updatedAt,
  });
}

/**
 * The open opportunities, one a line, soonest closing first, and the addresses of the archive's
 * parts (closed, awarded and cancelled ones, oldest first). Addresses of each opportunity's files
 * are given once as templates (replace {id}). Only the open ones and the archive part an
 * opportunity sits in are rewritten when it changes.
 */
export function renderListing(
  openEntries: readonly string[],
  archiveParts: number,
  siteUrl: string,
): string {
  const base = siteUrl.replace(/\/+$/, '');
  const links = safeJson({
    pageEn: `${base}/en/{id}.html`,
    pageFr: `${base}/fr/{id}.html`,
    data: `${base}/data/{id}.json`,
    ocds: `${base}/ocds/{id}.json`,
  });
  const archive = Array.from({ length: archiveParts }, (_, i) =>
    safeJson(`${base}/${archiveDataPath(i + 1)}`),
  );
  return `{"links":${links},"open":[\n${openEntries.join(',\n')}\n],"archive":[\n${archive.join(',\n')}\n]}\n`;
}

/** One part of the archive: closed, awarded and cancelled opportunities, oldest closing first. */
export function renderArchiveData(entries: readonly string[]): string {
  return `{"opportunities":[\n${entries.join(',\n')}\n]}\n`;
}
