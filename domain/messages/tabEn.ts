/** English messages of the personal tab and its API. */
export const tabEn = {
  'tab.api.unauthorized':
    'Your sign-in could not be checked. Close and reopen the tab to sign in again.',
  'tab.api.expired': 'Your sign-in has expired. Close and reopen the tab to sign in again.',
  'tab.api.rateLimited': 'Too many requests. Please wait {seconds} seconds and try again.',
  'tab.api.forbidden': 'You do not have access to this list.',
  'tab.api.dashboardForbidden': 'The dashboard is for managers and administrators.',
  'tab.api.invalidQuery': 'This list request is not valid. Reload the tab and try again.',
  'tab.api.notFound': 'There is nothing at this address.',
  'tab.api.methodNotAllowed': 'This address does not accept that kind of request.',
  'tab.api.preconditionRequired':
    'Changes must say which version of the opportunity they change. Reload it and try again.',
  'tab.api.invalid': 'The request has problems; see the details.',
  'tab.api.useEdit': 'Draft changes are saved by editing the draft, not as an action.',
  'tab.api.notADevelopmentPerson': 'Only the development people can sign in here.',
  'tab.api.developmentLoopbackOnly':
    'Development sign-in is only available from this computer, not through a proxy.',
  'tab.api.unsupportedMediaType': 'The request must be JSON.',
  'tab.api.tooLarge': 'The request is too large.',
  'tab.api.invalidJson': 'The request is not valid JSON.',

  'tab.appName': 'Micro-Acquisition',
  'tab.loading': 'Loading…',
  'tab.saving': 'Saving…',
  'tab.retry': 'Try again',
  'tab.error.network': 'The server could not be reached. Check your connection and try again.',
  'tab.error.notInTeams':
    'Open this page from the Micro-Acquisition app in Microsoft Teams. Development mode is only available on a development server.',
  'tab.dev.banner': 'Development mode: not in Teams. Identities are the development users.',
  'tab.dev.person': 'Signed in as',
  'tab.dev.language': 'Language',
  'tab.dev.theme': 'Theme',
  'tab.theme.light': 'Light',
  'tab.theme.dark': 'Dark',
  'tab.theme.contrast': 'High contrast',
  'tab.nav.label': 'Sections',
  'tab.nav.dashboard': 'Dashboard',
  'tab.nav.mine': 'My opportunities',
  'tab.nav.inbox': 'Approvals inbox',
  'tab.nav.all': 'All opportunities',
  'tab.nav.guide': 'Guide',
  'tab.back': 'Back',

  'tab.list.id': 'Number',
  'tab.list.title': 'Title',
  'tab.list.state': 'State',
  'tab.list.value': 'Value (tax included)',
  'tab.list.updated': 'Last change',
  'tab.list.author': 'Author',
  'tab.list.filterState': 'Filter by state',
  'tab.list.anyState': 'Any state',
  'tab.list.more': 'Load more',
  'tab.list.count': '{count} shown',
  'tab.list.sortBy': 'Sort by {column}',
  'tab.list.untitled': '(untitled draft)',
  'tab.empty.mine': 'You have no opportunities yet. Choose “New draft” to start one.',
  'tab.empty.inbox': 'Nothing waits for you. Opportunities you need to approve will appear here.',
  'tab.empty.all': 'No opportunities match this filter.',
  'tab.empty.notClient':
    'Only people with the client role draft opportunities. Ask the pilot team if you need it.',

  'tab.draft.new': 'New draft',
  'tab.draft.heading': 'Draft {id} (version {version})',
  'tab.draft.intro':
    'Fill in both languages. Save at any time; submitting sends the draft to the cardholder you choose.',
  'tab.draft.save': 'Save draft',
  'tab.draft.submit': 'Submit for approval',
  'tab.draft.saved': 'Draft saved (version {version}).',
  'tab.draft.submitted': 'Submitted. {name} has been asked to approve the funds.',
  'tab.draft.problemsHeading': '{count} fields need attention before you can submit.',
  'tab.draft.ready': 'Everything needed to submit is filled in.',
  'tab.draft.returned': 'Returned by {name}: {comment}',
  'tab.draft.stale': 'This draft changed since you opened it. Nothing was saved.',
  'tab.draft.reload': 'Load the current version',
  'tab.hint.skills': 'One skill per row. Leave the French empty when the name is the same.',
  'tab.hint.acceptance':
    'One criterion per row, with at least one of each kind: functional, quality and security.',
  'tab.hint.evaluation': 'One criterion per row: each application either meets it or not.',
  'tab.hint.earliestClosing':
    'Eastern time. If approved today, the earliest closing allowed is {closingAt}.',
  'tab.rows.skills.en': 'Skill {n} (English)',
  'tab.rows.skills.fr': 'Skill {n} (French)',
  'tab.rows.skills.add': 'Add a skill',
  'tab.rows.skills.remove': 'Remove skill {n}',
  'tab.rows.acceptanceCriteria.kind': 'Kind of acceptance criterion {n}',
  'tab.rows.acceptanceCriteria.en': 'Acceptance criterion {n} (English)',
  'tab.rows.acceptanceCriteria.fr': 'Acceptance criterion {n} (French)',
  'tab.rows.acceptanceCriteria.add': 'Add an acceptance criterion',
  'tab.rows.acceptanceCriteria.remove': 'Remove acceptance criterion {n}',
  'tab.rows.evaluationCriteria.en': 'Evaluation criterion {n} (English)',
  'tab.rows.evaluationCriteria.fr': 'Evaluation criterion {n} (French)',
  'tab.rows.evaluationCriteria.add': 'Add an evaluation criterion',
  'tab.rows.evaluationCriteria.remove': 'Remove evaluation criterion {n}',
  'tab.section.describe': 'Describe',
  'tab.section.work': 'The work',
  'tab.section.criteria': 'Criteria',
  'tab.section.dates': 'Dates',
  'tab.section.approvals': 'Approvals',
  'tab.hint.amount': 'In dollars, e.g. 8,690.00',
  'tab.hint.closing': 'Eastern time',
  'tab.basis.preTax': 'before tax',
  'tab.basis.taxIncluded': 'tax included',
  'tab.choose': 'Choose…',
  'tab.field.closingDate': 'Closing date',
  'tab.field.closingTime': 'Closing time',
  'tab.field.unclassified': 'I attest that the work is unclassified.',

  'tab.detail.heading': '{id}: {title}',
  'tab.detail.state': 'State: {state}',
  'tab.detail.value': 'Value, tax included: {value}',
  'tab.detail.author': 'Author: {name}',
  'tab.detail.summary': 'Summary',
  'tab.detail.timeline': 'Timeline',
  'tab.detail.decide': 'Your decision',
  'tab.detail.comment': 'Comment',
  'tab.detail.commentHint': 'Required to return, reject or cancel; shown to the author.',
  'tab.detail.edit': 'Edit draft',
  'tab.detail.done': 'Done: {intent}. The opportunity is now “{state}”.',
  'tab.timeline.event': '{name}: {intent}',
  'tab.timeline.move': '{from} → {to}',
  'tab.timeline.refused': 'Refused attempt by {name}: {reason}',
  'tab.timeline.empty': 'No events yet.',

  'tab.dash.heading': 'Fiscal year {start} to {end}',
  'tab.dash.total': 'Opportunities',
  'tab.dash.committed': 'Committed this fiscal year',
  'tab.dash.paid': 'Paid this fiscal year',
  'tab.dash.byState': 'By state',
  'tab.dash.byStateNone': 'No opportunities yet this fiscal year.',
  'tab.dash.stages': 'Time in each stage',
  'tab.dash.stage': 'Stage',
  'tab.dash.median': 'Median',
  'tab.dash.slowest': 'Slowest',
  'tab.dash.samples': 'Passages',
  'tab.dash.waiting': 'Waiting longer than {days} days',
  'tab.dash.waitingNone': 'Nothing has waited longer than {days} days.',
  'tab.dash.waitingFor': 'waiting {duration}',
  'tab.dash.deliveryToPayment': 'From delivery to payment',
  'tab.dash.noData': 'no data yet',
  'tab.duration.days': '{n} d',
  'tab.duration.hours': '{n} h',
  'tab.duration.minutes': '{n} min',

  'tab.guide.heading': 'How micro-acquisition works',
  'tab.guide.fullGuide':
    'The whole client guide: good micro-acquisitions, evaluation statements, acceptance criteria, budget with tax, steps and targets (public site, new tab)',
  'tab.guide.intro':
    'Small coding jobs (up to $10,000 including taxes, unclassified work, open-source code) are posted publicly so that students, freelancers and small firms can apply in under two hours. Applications are evaluated anonymously and not on price.',
  'tab.guide.client': 'For clients (authors)',
  'tab.guide.clientSteps':
    'Draft the opportunity in both languages: title, short description, background, the work, skills, value with the province for tax, dates, acceptance and evaluation criteria, an open-source licence, the repository, a contact, the fund centre and the cardholder who will pay. Attest that the work is unclassified, then submit. After posting you evaluate applications, award, record the delivery and accept the work (FAA section 34).',
  'tab.guide.cardholder': 'For cardholders',
  'tab.guide.cardholderSteps':
    'You confirm that funds are available and committed (FAA section 32) for opportunities that name you, from your approvals inbox, with a comment if you wish. You can return a draft to its author or reject it, with a comment. After acceptance you record the payment.',
  'tab.guide.procurement': 'For procurement officers (CFOB)',
  'tab.guide.procurementSteps':
    'You check the guardrails and approve the posting, or return it with a comment. You never approve an opportunity you wrote or fund.',
  'tab.guide.manager': 'For managers',
  'tab.guide.managerSteps':
    'The Dashboard shows every opportunity of the fiscal year: how many are in each state, the money committed and paid, the time in each stage against its target, and what has waited too long. Each count opens the list behind it.',
  'tab.guide.admin': 'For administrators',
  'tab.guide.adminSteps':
    'In People you find a person, grant and revoke roles with a reason, invite someone by their user principal name, and deactivate someone who leaves. Every change is recorded.',
  'tab.guide.noRole':
    'You have no role yet, so there is nothing for you to do here. An administrator gives roles in People; ask the pilot team.',
  'tab.guide.others': 'What the other roles do',
  'tab.guide.rules': 'Separation of duties',
  'tab.guide.rulesText':
    'On one opportunity the author, the cardholder and the approving procurement officer are three different people. Every step is recorded with who did it, when and why.',

  'tab.api.awardForbidden':
    'Only the author and the cardholder of the opportunity see its award; while an award is held, procurement officers see it too, without the supplier’s identity.',
  'tab.api.noAward': 'There is no award to show: the opportunity is “{state}”.',
  'tab.api.fundCentreForbidden':
    'The fund centre’s history is for procurement officers, managers, and the opportunity’s author and cardholder.',
  'tab.api.previewForbidden':
    'Before it is posted, the preview of the public page is for the opportunity’s author and cardholder, procurement officers and managers.',
  'tab.api.previewLanguage': 'The preview’s language must be en or fr.',

  'tab.detail.applicants':
    '{count} {count|application|applications} received before closing: {evaluated} evaluated, {passed} passed every criterion.',
  'tab.detail.supplier': 'Supplier: {name}',
  'tab.detail.deliveryUrl': 'Delivered work',
  'tab.detail.accepted': 'Work accepted (FAA section 34) on {date}.',
  'tab.detail.paid': 'Paid {amount} on {date} by {method}, reference {reference}.',
  'tab.detail.cancelReason': 'Reason for cancelling: {reason}',

  'tab.form.problems': '{count} fields need attention.',
  'tab.form.stale': 'The opportunity changed since you opened it. Nothing was saved.',
  'tab.form.reload': 'Load the current version',

  'tab.eval.heading': 'Evaluate the applications',
  'tab.eval.anonymous':
    'Applicants are shown by number only; you and the cardholder learn who was selected after the award. Every criterion is mandatory: mark each one pass or fail and say why.',
  'tab.eval.applicant': 'Applicant {n} of {count}',
  'tab.eval.status.pending': 'Not evaluated yet',
  'tab.eval.status.passed': 'Passed every criterion',
  'tab.eval.status.failed': 'Did not pass every criterion',
  'tab.eval.criterion': 'Criterion {n}: {text}',
  'tab.eval.answer': 'Answer to criterion {n}',
  'tab.eval.noAnswer': '(no answer)',
  'tab.eval.result': 'Result for criterion {n}',
  'tab.eval.pass': 'Pass',
  'tab.eval.fail': 'Fail',
  'tab.eval.rationale': 'Why, for criterion {n}',
  'tab.eval.save': 'Save applicant {n}',
  'tab.eval.saved': 'Applicant {n} evaluated.',
  'tab.eval.none':
    'No application was received before the closing time, so there is no one to award. Cancel the opportunity with a reason.',
  'tab.eval.noneQualified':
    'No application passed every criterion, so there is no one to award. The opportunity must be cancelled, with a reason.',
  'tab.eval.remaining': 'Evaluate every application before the draw: {count} still to do.',
  'tab.eval.drawHeading': 'Draw and award',
  'tab.eval.drawExplain':
    'The draw picks the supplier at random among the {count} {count|application|applications} that passed every criterion. It was fixed at closing: the server chose a secret and published its SHA-256 fingerprint, below, before anyone was evaluated, so neither you nor the server can steer the result. Awarding reveals the secret, and anyone can recompute the draw on the public page.',
  'tab.eval.commitment': 'Fingerprint of the draw’s secret, published at closing',
  'tab.eval.award': 'Draw and award',

  'tab.cancel.heading': 'Cancel the opportunity',
  'tab.cancel.intro':
    'Cancelling is final. Say why: the reason is recorded and shown to the cardholder. Before the award, everyone who applied is sent the reason by e-mail.',
  'tab.cancel.nonDelivery':
    'If the work was not delivered, or does not meet the acceptance criteria, cancel for non-delivery with the reason. The supplier is not paid.',
  'tab.cancel.reason': 'Reason for cancelling',
  'tab.cancel.submit': 'Cancel the opportunity',

  'tab.award.heading': 'The award',
  'tab.award.held':
    'The award is held by the contract-splitting rule. A procurement officer must release it, with a reason, before it is made; until then the supplier is not named.',
  'tab.award.winner': 'Selected supplier',
  'tab.award.name': 'Name',
  'tab.award.businessName': 'Business name',
  'tab.award.email': 'E-mail',
  'tab.award.confirmation': 'Application (confirmation number)',
  'tab.award.none': 'none given',
  'tab.award.outcome':
    '{name} is awarded the contract: a random draw chose their application among the {count} that passed every criterion.',
  'tab.award.outcomeOnly':
    '{name} is awarded the contract: theirs was the only application that passed every criterion.',
  'tab.award.outcomeHeld':
    'A random draw has chosen one of the applications that passed every criterion ({count}); the supplier is named once the award is released.',
  'tab.award.drawHeading': 'How to check the draw',
  'tab.award.drawPlain':
    'Nobody could choose or change the result. At closing, before anyone read an application, the system fixed a secret and published its fingerprint. At the award it revealed the secret; the secret and the list of applications that passed decide the result. Anyone with these values can repeat the calculation and get the same application.',
  'tab.award.drawExplain':
    'Anyone can check the draw: SHA-256 of the secret gives the commitment published at closing; the seed is SHA-256 of the opportunity number, the secret and the candidates in order, one per line; the winner is the candidate at the seed modulo their number, counting from 0.',
  'tab.award.commitment': 'Commitment (published at closing)',
  'tab.award.secret': 'Secret (revealed at the award)',
  'tab.award.seed': 'Seed',
  'tab.award.candidates': 'Applications in the draw ({count})',
  'tab.award.drawn': 'Drawn',
  'tab.award.released': 'Released by procurement: {reason}',

  'tab.notice.successful.subject': 'Micro-acquisition {id}: your application was selected',
  'tab.notice.successful.body':
    'Hello {name},\n\nYour application {confirmation} for “{title}” ({id}) passed every evaluation criterion and was selected by the public draw among the {count} {count|application|applications} that passed.\n\nThe contract is worth {value}, taxes included. The work starts on {start} and is due on {delivery}. You are paid by acquisition card or PayPal once the work is accepted.\n\nPlease reply to {contact} within two business days to confirm that you accept the contract.\n\nThe draw can be checked on the opportunity’s public page.',
  'tab.notice.passedNotDrawn.subject': 'Micro-acquisition {id}: result of the draw',
  'tab.notice.passedNotDrawn.body':
    'Hello,\n\nThank you for applying to “{title}” ({id}). Your application passed every evaluation criterion and took part in the draw, but it was not selected: among the {count} {count|application|applications} that passed, the draw selected application {winner}.\n\nThe draw was fixed before the evaluation: the fingerprint of its secret was published at closing, and the secret, the applications in the draw and the seed are now on the opportunity’s public page. With your confirmation number you can check that your application was in the draw and that the result follows from those values.\n\nWe hope to see you apply again. Questions: {contact}.',
  'tab.notice.notPassed.subject': 'Micro-acquisition {id}: result of the evaluation',
  'tab.notice.notPassed.body':
    'Hello,\n\nThank you for applying to “{title}” ({id}). Every evaluation criterion is mandatory, and your application did not pass at least one of them, so it was not in the draw. Applications were assessed pass or fail on each criterion, without names, and price was not a factor.\n\nYou may ask {contact} for the reasons recorded for each criterion. We hope to see you apply again.',

  'tab.split.heading': 'Contract splitting',
  'tab.split.explain':
    'The same supplier already won from fund centre {fundCentre} in the last 12 months, for {prior}. With this opportunity ({this}) the total is {together}, over the {cap} limit including tax.',
  'tab.split.earlier': 'The earlier opportunities',
  'tab.release.heading': 'Release the award',
  'tab.release.intro':
    'Release it only if these are separate needs, not one need cut into several contracts. Your reason is kept in the audit trail.',
  'tab.release.reason': 'Reason for releasing',
  'tab.release.submit': 'Release the award',

  'tab.delivery.heading': 'Record the delivery',
  'tab.delivery.intro':
    'When the supplier delivers, record where the work is: the repository, pull request or release.',
  'tab.delivery.url': 'Delivered work URL (https://…)',
  'tab.delivery.submit': 'Record the delivery',

  'tab.accept.heading': 'Accept the work (FAA section 34)',
  'tab.accept.intro':
    'Check the delivered work against each acceptance criterion. Every criterion must be met, with a note on how you checked it.',
  'tab.accept.criterion': 'Criterion {n} ({kind}): {text}',
  'tab.accept.met': 'Criterion {n} is met',
  'tab.accept.note': 'How you checked criterion {n}',
  'tab.accept.comment': 'Comment (optional)',
  'tab.accept.certify':
    'I certify that the work was performed and meets the contract (section 34 of the Financial Administration Act).',
  'tab.accept.submit': 'Accept the work',
  'tab.acceptance.functional': 'functional',
  'tab.acceptance.quality': 'quality',
  'tab.acceptance.security': 'security',

  'tab.payment.heading': 'Record the payment',
  'tab.payment.committed': 'Committed, tax included: {amount}. The payment cannot be more.',
  'tab.payment.method': 'Paid by',
  'tab.payment.card': 'Acquisition card',
  'tab.payment.paypal': 'PayPal',
  'tab.payment.paidOn': 'Payment date',
  'tab.payment.amount': 'Amount paid, tax included',
  'tab.payment.amountHint': 'In dollars, e.g. 8,690.00',
  'tab.payment.reference': 'Reference (transaction or receipt number)',
  'tab.payment.submit': 'Record the payment',

  'tab.fc.heading': 'Fund centre {fundCentre}: the last 12 months',
  'tab.fc.explain':
    'Contract-splitting guardrail: the fund centre’s other posted or awarded opportunities since {since}. One need must not be cut into several contracts to stay under {cap}.',
  'tab.fc.none': 'No other opportunity of this fund centre in the last 12 months.',
  'tab.fc.when': 'Posted or awarded',
  'tab.fc.total': 'Other opportunities: {prior}. With this one: {together}.',
  'tab.fc.overCap':
    'Together they pass {cap}: check that these are separate needs before approving.',
  'tab.addendum.heading': 'Add an addendum',
  'tab.addendum.intro':
    'An addendum changes or clarifies the posted opportunity. It is published at once on the public page, dated, in both languages, and everyone who applied so far is sent it by e-mail in their language, so say what changes.',
  'tab.addendum.en': 'Addendum in English',
  'tab.addendum.fr': 'Addendum in French',
  'tab.addendum.submit': 'Publish the addendum',
} as const;
