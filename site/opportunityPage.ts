import { mailtoHref } from '../domain/email';
import { easternDate } from '../domain/text';
import { isAllowedLicence } from '../domain/licences';
import { otherLocale, type Locale } from '../domain/locale';
import { t } from '../domain/messages';
import type { Opportunity } from '../domain/opportunity';
import { applicationAction, renderApplicationForm } from './applicationForm';
import { defaultQuestionCutoffHours } from '../domain/limits';
import { questionDeadline, takesQuestions } from '../domain/questions';
import { questionAction, questionsUrlOf, renderQuestionForm } from './questionForm';
import { daysLeftText, formatInstant, formatCalendarDate, formatValue, tHtml } from './format';
import { html, linkOrText, trustedHtml, type HtmlValue, type SafeHtml } from './html';
import { renderPage } from './layout';
import { renderUserMarkdown } from './markdown';
import { contentPath, relativeHref } from './paths';
import { deliveredWork, lastPublicChange, publicStatus, type PublicStatus } from './publicView';
import { indexPath, opportunityPath } from '../domain/publicUrls';

function when(iso: string | null, locale: Locale): SafeHtml | string {
  return iso ? html`<time datetime="${iso}">${formatInstant(iso, locale)}</time>` : '';
}

function day(date: string | null, locale: Locale): SafeHtml | string {
  return date ? html`<time datetime="${date}">${formatCalendarDate(date, locale)}</time>` : '';
}

/** Plain text an author wrote, paragraphs kept. */
export function paragraphs(text: string): SafeHtml {
  return html`${text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map(
      (p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br />` : ''}${line}`)}</p>`,
    )}`;
}

/** French puts a non-breaking space before a colon. */
const colon = (locale: Locale) => (locale === 'fr' ? '\u00a0:' : ':');

function fact(label: string, value: HtmlValue): SafeHtml {
  return value
    ? html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`
    : html``;
}

function facts(r: Opportunity, status: PublicStatus, locale: Locale, now: Date): SafeHtml {
  const f = r.fields;
  const closing = html`${when(f.closingAt, locale)}${
    status === 'open'
      ? html` <strong class="days-left" data-closing-at="${f.closingAt ?? ''}"
          >${daysLeftText(f.closingAt, now, locale)}</strong
        >`
      : ''
  }`;
  const licence = f.licence
    ? isAllowedLicence(f.licence)
      ? html`<a href="${`https://spdx.org/licenses/${f.licence}.html`}">${f.licence}</a>`
      : f.licence
    : '';
  return html`<dl class="facts facts--page">
    ${fact(t(locale, 'site.field.reference'), r.id)}
    ${fact(t(locale, 'site.field.status'), t(locale, `site.status.${status}`))}
    ${fact(t(locale, 'site.field.supplier'), status === 'awarded' ? r.supplierName : null)}
    ${fact(t(locale, 'site.field.value'), formatValue(f, locale))}
    ${fact(t(locale, status === 'open' ? 'site.field.closingAt' : 'site.field.closedAt'), closing)}
    ${fact(t(locale, 'site.field.postedAt'), when(r.postedAt, locale))}
    ${fact(t(locale, 'site.field.startDate'), day(f.startDate, locale))}
    ${fact(t(locale, 'site.field.deliveryDate'), day(f.deliveryDate, locale))}
    ${fact(t(locale, 'site.field.licence'), licence)}
    ${fact(t(locale, 'site.field.repository'), f.repositoryUrl ? linkOrText(f.repositoryUrl, f.repositoryUrl, html` class="bare-url"`) : null)}
    ${fact(t(locale, 'site.field.contact'), f.contactEmail ? linkOrText(mailtoHref(f.contactEmail), f.contactEmail) : null)}
    ${fact(t(locale, 'site.field.security'), f.unclassified ? t(locale, 'site.unclassified') : null)}
  </dl>`;
}

function section(id: string, heading: string, body: HtmlValue): SafeHtml {
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${heading}</h2>
    ${body}
  </section>`;
}

/** The draw's commitment from closing, and once awarded what anyone needs to recompute it. */
function theDraw(r: Opportunity, status: PublicStatus, locale: Locale): SafeHtml | string {
  if (!r.drawCommitment || (status !== 'closed' && status !== 'awarded')) return '';
  const award = status === 'awarded' ? r.award : null;
  return section(
    'draw',
    t(locale, 'site.draw.heading'),
    html`<div class="draw">
      <p>${t(locale, 'site.draw.commitment')} <code>${r.drawCommitment}</code></p>
      ${
        award
          ? html`<p>
                ${tHtml(locale, 'site.draw.result', {
                  count: award.candidates.length,
                  winner: html`<strong>${award.winner}</strong>`,
                })}
              </p>
              <dl class="facts">
                ${fact(t(locale, 'site.draw.secret'), html`<code>${award.secret}</code>`)}
                ${fact(
                  t(locale, 'site.draw.candidates'),
                  html`<code>${award.candidates.join(' ')}</code>`,
                )}
                ${fact(t(locale, 'site.draw.seed'), html`<code>${award.seed}</code>`)}
              </dl>
              <p>${t(locale, 'site.draw.verify')}</p>`
          : ''
      }
    </div>`,
  );
}

function howToApply(
  r: Opportunity,
  status: PublicStatus,
  locale: Locale,
  applyUrl: string | undefined,
): SafeHtml {
  const f = r.fields;
  const path = opportunityPath(r.id, locale);
  const guide = html`<a href="${relativeHref(path, contentPath('supplier-guide', locale))}"
    >${t(locale, 'site.guideLink')}</a
  >`;
  const mail = linkOrText(mailtoHref(f.contactEmail, r.id), f.contactEmail);
  const byStatus: Record<PublicStatus, SafeHtml> = {
    open: applyUrl
      ? renderApplicationForm(r, locale, applicationAction(applyUrl, r.id, locale))
      : html`<p>
            ${tHtml(locale, 'site.apply.open', { email: mail, closing: when(f.closingAt, locale), id: r.id })}
          </p>
          <p>${t(locale, 'site.apply.answers')}</p>`,
    closed: html`<p>
      ${tHtml(locale, 'site.apply.closed', { closing: when(f.closingAt, locale) })}
    </p>`,
    awarded: html`<p>
        ${tHtml(locale, 'site.apply.closed', { closing: when(f.closingAt, locale) })}
      </p>
      <p>${t(locale, 'site.apply.awarded', { supplier: r.supplierName ?? '' })}</p>
      ${deliveredWork(r) ? html`<p>${tHtml(locale, 'site.apply.delivered', { work: linkOrText(deliveredWork(r)!, deliveredWork(r)!, html` class="bare-url"`) })}</p>` : ''}`,
    cancelled: html`<p>
      ${tHtml(locale, 'site.apply.cancelled', { date: when(r.stateSince, locale) })}
    </p>`,
  };
  return html`${byStatus[status]}
    <p>${tHtml(locale, 'site.apply.guide', { guide })}</p>`;
}

/**
 * The answers to suppliers' questions, as the author published them: the question reworded for
 * the public and its answer, dated. Declined questions and who asked are never here.
 */
function questionsAndAnswers(r: Opportunity, locale: Locale): SafeHtml | string {
  if (!r.answers.length) return '';
  return section(
    'answers',
    t(locale, 'site.section.answers'),
    html`<p>${t(locale, 'site.answers.intro')}</p>
      <ol class="addenda answers">
        ${r.answers.map((a, i) => {
          const en = locale === 'en';
          return html`<li id="${`answer-${i + 1}`}">
            <h3>${tHtml(locale, 'site.answers.label', { n: i + 1, date: when(a.at, locale) })}</h3>
            <dl>
              <dt>${t(locale, 'site.answers.question')}</dt>
              <dd>${paragraphs(en ? a.questionEn : a.questionFr)}</dd>
              <dt>${t(locale, 'site.answers.answer')}</dt>
              <dd>${paragraphs(en ? a.answerEn : a.answerFr)}</dd>
            </dl>
          </li>`;
        })}
      </ol>`,
  );
}

/** The question form until the cut-off before closing, then when questions closed. */
function askAQuestion(
  r: Opportunity,
  locale: Locale,
  now: Date,
  applyUrl: string,
  cutoffHours: number,
): SafeHtml {
  const deadline = questionDeadline(r, cutoffHours);
  if (!deadline) return html``;
  const body = takesQuestions(r, now, cutoffHours)
    ? renderQuestionForm(locale, questionAction(questionsUrlOf(applyUrl), r.id, locale), deadline)
    : html`<p>
        ${tHtml(locale, 'site.questionForm.closed', {
          deadline: when(deadline.toISOString(), locale),
          hours: cutoffHours,
        })}
      </p>`;
  return section('ask', t(locale, 'site.questionForm.heading'), body);
}

/**
 * While applications are taken, a link from the key facts to the form at the end of the page (on
 * a phone the form is thousands of pixels below), saying until when.
 */
function applyLink(r: Opportunity, status: PublicStatus, locale: Locale): SafeHtml | string {
  if (status !== 'open') return '';
  return html`<p class="apply-link">
    <a href="#apply"
      >${tHtml(locale, 'site.applyLink', { closing: when(r.fields.closingAt, locale) })}</a
    >
  </p>`;
}

/** The page of one opportunity in one language: every public field, and how to apply. */
export function renderOpportunityPage(
  r: Opportunity,
  locale: Locale,
  now: Date,
  where: { siteUrl?: string; applyUrl?: string; questionCutoffHours?: number } = {},
): string {
  const { siteUrl, applyUrl } = where;
  const cutoffHours = where.questionCutoffHours ?? defaultQuestionCutoffHours;
  const status = publicStatus(r);
  if (!status) throw new Error(`${r.id} is ${r.state}: not public`);
  const f = r.fields;
  const en = locale === 'en';
  const title = en ? f.titleEn : f.titleFr;
  const skills = html`<ul>
    ${f.skills.map((s) => html`<li>${s[locale]}</li>`)}
  </ul>`;
  const acceptance = html`<ul>
    ${f.acceptanceCriteria.map(
      (c) =>
        html`<li>
          <strong>${t(locale, `site.acceptance.${c.kind}`)}${colon(locale)}</strong> ${c[locale]}
        </li>`,
    )}
  </ul>`;
  const evaluation = html`<p>${t(locale, 'site.evaluation.intro')}</p>
    <ol>
      ${f.evaluationCriteria.map((c) => html`<li>${c[locale]}</li>`)}
    </ol>`;
  const addenda = r.addenda.length
    ? section(
        'addenda',
        t(locale, 'site.section.addenda'),
        html`<ol class="addenda">
          ${r.addenda.map(
            (a, i) =>
              html`<li>
                <h3>
                  ${tHtml(locale, 'site.addendum.label', { n: i + 1, date: when(a.at, locale) })}
                </h3>
                ${
                  a.closing
                    ? html`<p>
                        <strong
                          >${tHtml(locale, 'site.addendum.closingMoved', {
                            from: when(a.closing.from, locale),
                            to: when(a.closing.to, locale),
                          })}</strong
                        >
                      </p>`
                    : ''
                }
                ${paragraphs(a[locale])}
              </li>`,
          )}
        </ol>`,
      )
    : '';
  const main = html`<h1>${title}</h1>
    <p class="lead">${en ? f.summaryEn : f.summaryFr}</p>
    ${section('facts', t(locale, 'site.section.facts'), facts(r, status, locale, now))}
    ${applyLink(r, status, locale)} ${addenda}
    ${section('background', t(locale, 'site.section.background'), trustedHtml(renderUserMarkdown(en ? f.backgroundEn : f.backgroundFr)))}
    ${section('work', t(locale, 'site.section.work'), trustedHtml(renderUserMarkdown(en ? f.workEn : f.workFr)))}
    ${section('eligibility', t(locale, 'site.section.eligibility'), paragraphs(en ? f.eligibilityEn : f.eligibilityFr))}
    ${section('skills', t(locale, 'site.section.skills'), skills)}
    ${section('acceptance', t(locale, 'site.section.acceptance'), acceptance)}
    ${section('evaluation', t(locale, 'site.section.evaluation'), evaluation)}
    ${questionsAndAnswers(r, locale)} ${theDraw(r, status, locale)}
    ${status === 'open' && applyUrl ? askAQuestion(r, locale, now, applyUrl, cutoffHours) : ''}
    ${section('apply', t(locale, 'site.section.apply'), howToApply(r, status, locale, applyUrl))}`;
  return renderPage({
    locale,
    path: opportunityPath(r.id, locale),
    twinPath: opportunityPath(r.id, otherLocale(locale)),
    title,
    description: en ? f.summaryEn : f.summaryFr,
    crumbs: [{ path: indexPath(locale), text: t(locale, 'site.nav.opportunities') }],
    dateModified: easternDate(lastPublicChange(r)),
    siteUrl,
    formAction: status === 'open' ? applyUrl : undefined,
    main,
  });
}
