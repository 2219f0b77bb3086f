/** English messages of the public site. */
export const siteEn = {
  'site.name': 'Micro-acquisition opportunities',
  'site.government': 'Government of Canada',
  'site.canadaHref': 'https://www.canada.ca/en.html',
  'site.skipToContent': 'Skip to main content',
  'site.otherLanguage': 'Français',
  'site.otherLanguageLabel': 'Language selection',
  'site.breadcrumbs': 'Breadcrumb',
  'site.nav.label': 'Micro-acquisition',
  'site.nav.opportunities': 'Opportunities',
  'site.nav.about': 'About micro-acquisition',
  'site.nav.guide': 'Supplier guide',
  'site.nav.feedback': 'Give feedback',
  'site.feedback.subject': 'Feedback on micro-acquisition',
  'site.tax.rate': 'Tax (GST or HST)',
  'site.tax.where': 'Provinces and territories',
  'site.tax.largest': 'Largest amount before tax',
  'site.index.program':
    'Micro-acquisition is a one-year pilot of the Innovation, Information and Technology Branch of Employment and Social Development Canada with its Chief Financial Officer Branch. It builds on the work of the BC Developers’ Exchange and of the Office of Small and Medium Enterprises, with our thanks.',
  'site.index.clientGuide': 'ESDC employees: the client guide',
  'site.footer.heading': 'About this site',
  'site.footer.openData': 'Open data',
  'site.footer.atom': 'Atom feed',
  'site.footer.privacy': 'Privacy',
  'site.footer.terms': 'Terms of use',
  'site.footer.json': 'Opportunities as JSON',
  'site.footer.ocds': 'Open Contracting Data Standard (OCDS) release packages',
  'site.dateModified': 'Date modified:',
  'site.splash.title': 'Micro-acquisition',
  'site.splash.enter': 'English',

  'site.index.title': 'Micro-acquisition opportunities',
  'site.index.lead':
    'Small coding jobs of up to $10,000 including taxes, for students, freelancers and small firms. Applying takes under two hours, applications are evaluated anonymously on quality, not price, and payment is fast.',
  'site.index.learnMore': 'How micro-acquisition works',
  'site.index.open': 'Open opportunities',
  'site.index.noneOpen':
    'There are no open opportunities right now. Follow the Atom feed to hear of the next one.',
  'site.index.others': 'Closed and awarded opportunities',
  'site.index.noneOthers': 'No opportunity has closed yet.',
  'site.index.openCount': '{count} open',
  'site.index.recent': 'Recently closed and awarded',
  'site.index.allOthers': 'All {count} closed and awarded opportunities',

  'site.archive.title': 'Closed and awarded opportunities',
  'site.archive.range': 'Closing dates from {from} to {to}',
  'site.archive.label': 'Older and more recent closed opportunities',
  'site.archive.newer': 'More recent',
  'site.archive.older': 'Older',

  'site.pagination.label': 'Pages of opportunities',
  'site.pagination.previous': 'Previous page',
  'site.pagination.next': 'Next page',
  'site.pagination.page': 'Page {n} of {count}',

  'site.status.open': 'Open',
  'site.status.closed': 'Closed, applications under evaluation',
  'site.status.awarded': 'Awarded',
  'site.status.cancelled': 'Cancelled',
  'site.daysLeft.many': '{days} days left',
  'site.daysLeft.one': '1 day left',
  'site.daysLeft.lastDay': 'Closes within a day',
  'site.daysLeft.closed': 'Closed',
  'site.value.total': '{amount} including taxes',

  'site.field.reference': 'Reference',
  'site.field.status': 'Status',
  'site.field.value': 'Value',
  'site.field.skills': 'Skills',
  'site.field.closingAt': 'Closes',
  'site.field.closedAt': 'Closed',
  'site.field.postedAt': 'Posted',
  'site.field.startDate': 'Work starts',
  'site.field.deliveryDate': 'Work delivered by',
  'site.field.licence': 'Open-source licence',
  'site.field.repository': 'Code repository',
  'site.field.contact': 'Contact',
  'site.field.security': 'Security',
  'site.field.supplier': 'Selected supplier',
  'site.unclassified': 'Unclassified work: no security screening needed',

  'site.applyLink': 'Apply: the form is at the end of this page (closes {closing})',
  'site.section.facts': 'Key facts',
  'site.section.background': 'Background',
  'site.section.work': 'The work',
  'site.section.skills': 'Skills needed',
  'site.section.acceptance': 'How the work will be accepted',
  'site.section.evaluation': 'How applications are evaluated',
  'site.section.addenda': 'Addenda',
  'site.section.apply': 'How to apply',
  'site.acceptance.functional': 'Functional',
  'site.acceptance.quality': 'Quality',
  'site.acceptance.security': 'Security',
  'site.evaluation.intro':
    'Each statement is assessed as pass or fail. Applications are anonymised before they are evaluated, and price is not a factor: among the applications that pass every statement, the supplier is chosen by a random draw.',
  'site.addendum.label': 'Addendum {n}, {date}',
  'site.apply.open':
    'Applications are taken until {closing}, only with the application form on this page ({id}); an application sent by e-mail is not evaluated. Questions: {email}.',
  'site.apply.answers':
    'In your application, show how you meet each evaluation statement. Keep your name and other details that identify you out of your answers: evaluators see them anonymised.',
  'site.apply.guide':
    'The {guide} explains eligibility, evaluation, the terms and how payment works.',
  'site.apply.closed': 'Applications closed on {closing}.',
  'site.apply.awarded': 'This opportunity was awarded to {supplier}.',
  'site.apply.delivered': 'The work was delivered and accepted: {work}',
  'site.apply.cancelled':
    'This opportunity was cancelled on {date}. Applications are no longer accepted.',
  'site.guideLink': 'supplier guide',

  'site.feed.title': 'Micro-acquisition opportunities',
  'site.feed.subtitle': 'Small coding contracts from Employment and Social Development Canada.',
  'site.buyer.name': 'Employment and Social Development Canada',
  'site.ocds.method':
    'Micro-acquisition: open call, anonymous pass or fail evaluation, random draw',
  'site.applyForm.intro':
    'Applying takes under two hours. Answer each evaluation statement, confirm the two statements at the end, and send. You will get a confirmation number.',
  'site.applyForm.required': 'required',
  'site.applyForm.aboutYou': 'About you',
  'site.applyForm.privacy':
    'Your name and e-mail address are kept apart from your answers: the evaluators see only "Applicant 1", "Applicant 2"… They are revealed only to the people who award and pay the contract, and never published, except the name of the selected supplier.',
  'site.applyForm.answers': 'Your answers',
  'site.applyForm.answerLabel': 'Your answer to statement {n}',
  'site.applyForm.answerHint': 'At most {words} words. Links to your work are welcome.',
  'site.wordCount.count': 'Words: {count} of {max}',
  'site.wordCount.over':
    'Words: {count} of {max}, {over} too many. Shorten this answer to send it.',
  'site.wordCount.overSaid': '{label}: more than {max} words.',
  'site.wordCount.backSaid': '{label}: {max} words or fewer again.',
  'site.applyForm.attestations': 'Before you send',
  'site.applyForm.eligible': 'I meet the eligibility requirements above, under “Who may apply”.',
  'site.applyForm.terms':
    'I accept the terms: the code will be published under the {licence} licence; I keep the copyright and license the work to the Government of Canada under that licence.',
  'site.applyForm.submit': 'Send my application',
  'site.applyForm.problemsHeading':
    'Your application was not sent: {count} {count|thing|things} to fix',
  'site.applyForm.title': 'Apply: {title}',
  'site.applyForm.refusedLead': 'Nothing was stored. Fix what is listed below and send again.',
  'site.received.title': 'Application received',
  'site.received.lead': 'Thank you. Your application to {title} was received.',
  'site.received.number': 'Your confirmation number',
  'site.received.keep':
    'Keep this number. It identifies your application in the draw, which is published when the opportunity is awarded, without your name.',
  'site.received.nextHeading': 'What happens next',
  'site.received.step.receipt':
    'We are sending a receipt, with a copy of your answers, to the e-mail address you gave.',
  'site.received.step.withdraw':
    'Applications close on {closing}. Until then you may withdraw your application on the status page, with this number and the e-mail address you applied with.',
  'site.received.step.evaluation':
    'After the closing, the evaluators read the answers without names or e-mail addresses, pass or fail on each statement.',
  'site.received.step.draw':
    'Among the applications that pass every statement, the supplier is chosen by a random draw, usually within two business days of the closing. The draw is published on the opportunity page by confirmation number, without names.',
  'site.received.step.result':
    'Once the contract is awarded, we e-mail you the result: chosen, passed but not drawn, or not passed with the evaluator’s reason for each statement. If the opportunity is cancelled, we e-mail you that too.',
  'site.received.step.status': 'At any time, the status page shows where your application stands.',
  'site.received.back': 'Back to the opportunity',
  'site.error.title': 'Your application could not be sent',
  'site.error.notFound': 'No open opportunity has this reference.',
  'site.error.tooLarge':
    'The application is larger than this opportunity allows. Shorten your answers and send again.',
  'site.error.wrongType': 'The application must be sent from the form on the opportunity page.',
  'site.error.origin':
    'This application did not come from the opportunity page, so it was not accepted. Open the opportunity page and send the form from there.',
  'site.error.rateLimited':
    'Too many applications came from your network in a short time. Try again in {seconds} seconds.',
  'site.error.unavailable':
    'We could not store applications right now. Nothing was stored; please try again in a few minutes.',
  'site.draw.heading': 'The draw',
  'site.draw.commitment':
    'At closing, the draw was fixed in advance by publishing the SHA-256 fingerprint of a secret kept until the award:',
  'site.draw.result':
    'The secret is now revealed. Among the {count} {count|application|applications} that passed every statement (listed by confirmation number), the draw selected {winner}.',
  'site.draw.secret': 'Secret',
  'site.draw.candidates': 'Applications in the draw',
  'site.draw.seed': 'Seed',
  'site.draw.verify':
    'To check it: the SHA-256 of the secret must equal the fingerprint published at closing; the seed is the SHA-256 of the reference, the secret and the sorted confirmation numbers, one per line; the selected application is the one at position (seed mod count), counting from 0.',
} as const;
