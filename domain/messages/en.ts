import { botEn } from './botEn';
import { noticeEn } from './noticeEn';
import { draftingEn } from './draftingEn';
import { peopleEn } from './peopleEn';
import { delegationEn } from './delegationEn';
import { reassignEn } from './reassignEn';
import { peopleViewEn } from './peopleViewEn';
import { questionsEn } from './questionsEn';
import { subscriptionsEn } from './subscriptionsEn';
import { noticesViewEn } from './noticesViewEn';
import { measuresEn } from './measuresEn';
import { remindersEn } from './remindersEn';
import { decidingEn } from './decidingEn';
import { answersEn } from './answersEn';
import { answeringEn } from './answeringEn';
import { moneyEn } from './moneyEn';
import { eligibilityEn } from './eligibilityEn';
import { statusEn } from './statusEn';
import { unfurlEn } from './unfurlEn';
import { siteEn } from './siteEn';
import { tabEn } from './tabEn';

/** The shared part of the English catalogue; each surface adds its section (`botEn`, `siteEn`). */
export const coreEn = {
  'state.draft': 'Draft',
  'state.awaitingFunds': 'Awaiting funds (cardholder)',
  'state.awaitingProcurement': 'Awaiting procurement approval (CFOB)',
  'state.posted': 'Posted',
  'state.evaluating': 'Evaluating',
  'state.awardHeld': 'Award held (contract-splitting check)',
  'state.awarded': 'Awarded',
  'state.delivered': 'Delivered',
  'state.accepted': 'Accepted',
  'state.paid': 'Paid',
  'state.cancelled': 'Cancelled',
  'state.rejected': 'Rejected',

  'intent.create': 'create a draft',
  'intent.editDraft': 'edit the draft',
  'intent.submit': 'submit',
  'intent.approveFunds': 'approve funds',
  'intent.approvePosting': 'approve posting',
  'intent.returnToAuthor': 'return to the author',
  'intent.reject': 'reject',
  'intent.amend': 'add an addendum',
  'intent.close': 'close',
  'intent.award': 'award',
  'intent.evaluate': 'evaluate an application',
  'intent.releaseAward': 'release the held award',
  'intent.recordDelivery': 'record the delivery',
  'intent.accept': 'accept the work',
  'intent.recordPayment': 'record the payment',
  'intent.cancel': 'cancel',
  'intent.readApplications': 'read the applications',
  'intent.readAward': 'see the award',
  'intent.readFundCentreHistory': 'see the fund centre’s history',
  'intent.readPublicPreview': 'preview the public page',

  'actor.scheduler': 'The scheduler',
  'role.client': 'client',
  'role.cardholder': 'cardholder',
  'role.procurement': 'procurement officer (CFOB)',
  'role.manager': 'manager',
  'role.admin': 'administrator',

  'field.titleEn': 'Title (English)',
  'field.titleFr': 'Title (French)',
  'field.summaryEn': 'Short description (English)',
  'field.summaryFr': 'Short description (French)',
  'field.backgroundEn': 'Background (English)',
  'field.backgroundFr': 'Background (French)',
  'field.workEn': 'The work (English)',
  'field.workFr': 'The work (French)',
  'field.skills': 'Skills',
  'field.amountCents': 'Value',
  'field.paidAmount': 'Amount paid',
  'field.amountBasis': 'Value entered',
  'field.province': 'Province or territory for tax',
  'field.closingAt': 'Closing date and time',
  'field.startDate': 'Start date',
  'field.deliveryDate': 'Delivery date',
  'field.acceptanceCriteria': 'Work acceptance criteria',
  'field.evaluationCriteria': 'Application evaluation criteria',
  'field.licence': 'Open-source licence',
  'field.repositoryUrl': 'Repository URL',
  'field.contactEmail': 'Contact e-mail',
  'field.fundCentre': 'Fund centre',
  'field.cardholderId': 'Cardholder',
  'field.unclassified': 'The work is unclassified',
  'field.comment': 'Comment',
  'field.reason': 'Reason',
  'field.en': 'English text',
  'field.fr': 'French text',
  'field.supplierName': 'Supplier',
  'field.deliveryUrl': 'Delivered work URL',
  'field.method': 'Payment method',
  'field.paidOn': 'Payment date',
  'field.reference': 'Payment reference',
  'field.name': 'Your name',
  'field.businessName': 'Business name',
  'field.email': 'E-mail address',
  'field.answers': 'Answer',
  'field.eligible': 'Eligibility',
  'field.terms': 'Terms',
  'field.website': 'Leave this field empty',
  'field.application': 'Application',
  'field.results': 'Evaluation',
  'field.checks': 'Acceptance check',
  'field.certified': 'Certification (FAA section 34)',
  'field.evaluations': 'Evaluations',
  'field.drawCommitment': 'Draw commitment',
  'fieldPart.pass': 'pass or fail',
  'fieldPart.rationale': 'rationale',
  'fieldPart.met': 'met or not',
  'fieldPart.note': 'note',
  'field.kind': 'Action',
  'field.intent': 'Request',
  'field.fields': 'Fields',
  'fieldPart.item': 'item {n}',
  'fieldPart.en': 'English',
  'fieldPart.fr': 'French',
  'fieldPart.kind': 'type',

  'expected.text': 'text',
  'expected.list': 'a list',
  'expected.item': 'an object',
  'expected.cents': 'a whole number of cents',
  'expected.dollars': 'an amount in dollars, like 8,690.00',
  'expected.criterionLine': 'one item per line, its parts separated by |',
  'expected.yesNo': 'yes or no',

  'problem.required': '{field}: required.',
  'problem.wrongType': '{field}: expected {expected}.',
  'problem.unknownField': '{field}: not a field of an opportunity.',
  'problem.tooLong': '{field}: at most {max} characters.',
  'problem.tooMany': '{field}: at most {max} items.',
  'problem.tooLarge': '{field}: at most {maxCents}.',
  'problem.tooFew': '{field}: at least {min} needed.',
  'problem.missingKind':
    '{field}: add at least one {kind} criterion (every opportunity has functional, quality and security criteria).',
  'problem.invalidCharacters':
    '{field}: contains characters that are not allowed (control characters or broken Unicode).',
  'problem.invalidUrl': '{field}: must be an https:// address.',
  'problem.invalidEmail': '{field}: not a valid e-mail address.',
  'problem.invalidDate': '{field}: not a valid date.',
  'problem.notWholeMinute':
    '{field}: give a time to the minute, without seconds (for example 14:00).',
  'problem.invalidChoice': '{field}: not one of the allowed choices.',
  'problem.notInFuture': '{field}: must be in the future.',
  'problem.inFuture': '{field}: cannot be in the future.',
  'problem.beforeAcceptance': '{field}: cannot be before the work was accepted ({date}).',
  'problem.notAfter': '{field}: must come after {other}.',
  'problem.notPositive': '{field}: must be more than zero.',
  'problem.overCap':
    '{field}: the total including tax ({totalCents}) is over the {capCents} limit.',
  'problem.overCommitted': '{field}: more than the committed amount ({committedCents}).',
  'problem.notAttested': '{field}: you must attest that the work is unclassified.',
  'problem.sameAsAuthor': '{field}: the cardholder cannot be the author of the opportunity.',
  'problem.notACardholder': '{field}: this person is not registered as a cardholder.',
  'problem.notYetClosed': '{field}: the closing time has not passed yet.',
  'problem.closed': 'Applications closed at {closingAt}; this opportunity no longer takes them.',
  'problem.tooManyWords': '{field}: at most {max} words.',
  'problem.mustBeEmpty':
    '{field}: must be left empty. If you are a person, please clear it and send again.',
  'problem.mustConfirm': '{field}: you must confirm this to continue.',
  'problem.alreadyApplied':
    '{field}: an application from this e-mail address was already received.',
  'problem.unknownApplication': '{field}: no such application was received before closing.',
  'problem.wrongCount': '{field}: one is needed for each of the {count} criteria.',
  'problem.notEvaluated': '{field}: {count} {count|application|applications} still to evaluate.',
  'problem.noneQualified':
    '{field}: no application passed every criterion, so there is no one to award; cancel the opportunity with a reason.',
  'problem.drawMismatch': '{field}: the draw cannot be verified against the published commitment.',
  'problem.criterionNotMet':
    '{field}: this criterion is not met; the work cannot be accepted (cancel for non-delivery instead).',
  'problem.markup':
    '{field}: remove the HTML or script markup; answers are plain text, and links go in as plain addresses.',

  'refusal.wrongState': 'You cannot {intent} while the opportunity is "{state}".',
  'refusal.incomplete': 'The opportunity is not ready to {intent}:',
  'refusal.readForbidden': 'You are not allowed to {intent}.',
  'refusal.keyReused':
    'This request ({intent}) carries the key of an earlier, different request, so nothing was changed. To do something new, send it as a new request.',
  'forbidden.systemOnly': 'Only the scheduler can {intent}.',
  'forbidden.peopleOnly': 'Only a person can {intent}.',
  'forbidden.notAuthor': 'Only the author of the opportunity can {intent}.',
  'forbidden.notDesignatedCardholder': 'Only the cardholder named on the opportunity can {intent}.',
  'forbidden.missingRole': 'You need the {role} role to {intent}.',
  'forbidden.ownOpportunity': 'You cannot {intent} on your own opportunity.',
  'forbidden.cardholderOfThis':
    'You are the cardholder of this opportunity, so another procurement officer must {intent}.',

  'outcome.conflict':
    '{name} changed this opportunity at {at}; it is now "{state}". Nothing was changed by your request.',
  'outcome.replayed': 'Done. The opportunity is now "{state}".',
  'outcome.notFound': 'No opportunity {id} exists.',
  'outcome.unknownPerson':
    'You are not registered in micro-acquisition yet. Ask the pilot team to add you.',
  'outcome.tooLarge': 'This opportunity is too large to store: {detail}.',
  'error.storageUnavailable': 'Storage is not reachable right now. Please try again in a minute.',
  'error.unexpected': 'Something went wrong on our side (reference {requestId}). Please try again.',
} as const;

/** The English catalogue. Every key here exists in French; a test checks the two agree. */
export const en = {
  ...coreEn,
  ...botEn,
  ...siteEn,
  ...tabEn,
  ...noticeEn,
  ...peopleEn,
  ...reassignEn,
  ...delegationEn,
  ...peopleViewEn,
  ...draftingEn,
  ...questionsEn,
  ...subscriptionsEn,
  ...noticesViewEn,
  ...remindersEn,
  ...measuresEn,
  ...decidingEn,
  ...answersEn,
  ...answeringEn,
  ...moneyEn,
  ...eligibilityEn,
  ...statusEn,
  ...unfurlEn,
} as const;

export type MessageKey = keyof typeof en;
