import type { Locale } from '../../domain/locale';
import { t } from '../../domain/messages';
import { acceptanceCard } from './acceptanceCard';
import { addendumCard } from './addendumCard';
import { deliveryCard } from './deliveryCard';
import { evaluationCard } from './evaluationCard';
import { paymentCard } from './paymentCard';
import { releaseCard } from './releaseCard';
import { winnerFacts } from './winnerFacts';
import { draftCard } from './draftCard';
import type { Card } from './elements';
import { at, award, identity, now, people, publicSite, question, sample } from './gallerySamples';
import { approvalCard } from './approvalCard';
import { listCard, messageCard, statusCard } from './opportunityCards';
import { questionCard } from './questionCard';
import { publicCard } from '../unfurl';

/** One card the bot can send, built from sample data: what the gallery shows and the tests render. */
export interface GalleryEntry {
  /** Unique across the gallery with its locale: letters, digits and dashes. */
  name: string;
  locale: Locale;
  card: Card;
}

/** The cards of one locale, in the order a person meets them. */
function cardsIn(locale: Locale): Array<[string, Card]> {
  const notice = { text: t(locale, 'bot.languageSet'), tone: 'Good' as const };
  const context = { locale, approverTeamsIds: [], waitingForName: null };
  const publicUrl = `${publicSite}/${locale}/opportunities/MA-2030-0007`;
  const draft = sample('draft');
  const posted = sample('posted', {
    addenda: [{ en: 'Closing moved.', fr: 'Clôture reportée.', at }],
  });
  const evaluating = sample('evaluating', {
    closedAt: at,
    applications: ['MA-2030-0007-A1', 'MA-2030-0007-A2'],
  });
  const awarded = sample('awarded', {
    ...evaluating,
    state: 'awarded',
    award,
    supplierName: 'Jordan Developer',
  });
  const winner = winnerFacts(awarded, locale, identity);
  const help = [
    t(locale, 'bot.help.intro', { name: 'Alex Author' }),
    ...(['client', 'cardholder', 'procurement', 'manager', 'admin'] as const).map((role) =>
      t(locale, `bot.help.${role}`),
    ),
    t(locale, 'bot.help.common'),
  ].join('\n\n');
  const statuses = (
    ['awaitingFunds', 'awaitingProcurement', 'posted', 'cancelled', 'rejected', 'paid'] as const
  ).map((state): [string, Card] => [
    `status-${state}`,
    statusCard(sample(state, state === 'cancelled' ? { cancelReason: 'No longer needed.' } : {}), {
      ...context,
      waitingForName: state === 'awaitingFunds' ? 'Megan Cardholder' : null,
      ...(state === 'posted' || state === 'paid' ? { publicUrl } : {}),
    }),
  ]);
  return [
    ['welcome', messageCard(t(locale, 'bot.welcome'))],
    ['help', messageCard(help)],
    [
      'refused',
      messageCard(t(locale, 'bot.status.notAllowed', { id: 'MA-2030-0007' }), 'Attention'),
    ],
    [
      'draft-new',
      draftCard({
        locale,
        record: null,
        problems: [],
        missing: [],
        cardholders: people,
        nonce: 'n',
      }),
    ],
    [
      'draft-problems',
      draftCard({
        locale,
        record: draft,
        typed: { titleEn: '' },
        problems: [{ field: 'titleEn', code: 'required' }],
        missing: [
          { field: 'workEn', code: 'required' },
          { field: 'workFr', code: 'required' },
        ],
        notice: t(locale, 'bot.languageSet'),
        cardholders: people,
        nonce: 'n',
        tabUrl: 'https://teams.microsoft.com/l/entity/app/draft',
      }),
    ],
    [
      'draft-complete',
      draftCard({
        locale,
        record: draft,
        problems: [],
        missing: [],
        cardholders: people,
        nonce: 'n',
        tabUrl: 'https://teams.microsoft.com/l/entity/app/draft',
      }),
    ],
    ['status-draft', statusCard(draft, context)],
    ...statuses,
    [
      'status-reassigning',
      statusCard(sample('awaitingFunds'), {
        ...context,
        waitingForName: 'Megan Cardholder',
        reassigning: { cardholders: [{ id: 'other-cardholder', name: 'Olga Cardholder' }] },
      }),
    ],
    ['approval-funds', approvalCard(sample('awaitingFunds'), { ...context, notice })],
    [
      'approval-posting',
      approvalCard(sample('awaitingProcurement'), {
        ...context,
        fundCentreHistory: {
          items: [
            {
              opportunityId: 'MA-2029-0042',
              fundCentre: 'FC-1234',
              supplierKey: 'k',
              at: '2029-06-01T15:00:00.000Z',
              totalCents: 1_500_000,
            },
          ],
          totalCents: 1_500_000,
        },
      }),
    ],
    [
      'list',
      listCard([draft, sample('awaitingFunds', { id: 'MA-2030-0008' }), posted], locale, true),
    ],
    ['list-empty', listCard([], locale, false)],
    [
      'question-waiting',
      questionCard({ record: posted, question: question('waiting', locale), locale }),
    ],
    [
      'question-problems',
      questionCard({
        record: posted,
        question: question('waiting', locale),
        locale,
        typed: { questionEn: 'Which browsers?' },
        problems: [{ field: 'answerEn', code: 'required' }],
      }),
    ],
    [
      'question-answered',
      questionCard({ record: posted, question: question('answered', locale), locale }),
    ],
    [
      'question-declined',
      questionCard({ record: posted, question: question('declined', locale), locale }),
    ],
    ['addendum', addendumCard(posted, locale, publicUrl, { notice })],
    [
      'evaluation-none',
      evaluationCard(sample('evaluating', { closedAt: at }), locale, null, {
        evaluated: 0,
        passed: 0,
        complete: true,
      }),
    ],
    [
      'evaluation-first',
      evaluationCard(
        evaluating,
        locale,
        {
          index: 0,
          count: 2,
          answers: ['I built one for Canada.ca.', 'With NVDA and JAWS.'],
          results: null,
        },
        { evaluated: 0, passed: 0, complete: false },
      ),
    ],
    [
      'evaluation-last',
      evaluationCard(
        evaluating,
        locale,
        {
          index: 1,
          count: 2,
          answers: ['Yes, twice.', 'x'.repeat(1_600)],
          results: [
            { pass: true, rationale: 'Shipped.' },
            { pass: false, rationale: 'No test described.' },
          ],
        },
        { evaluated: 2, passed: 1, complete: true },
      ),
    ],
    [
      'evaluation-noneQualified',
      evaluationCard(evaluating, locale, null, { evaluated: 2, passed: 0, complete: true }),
    ],
    [
      'release',
      releaseCard(
        sample('awardHeld', {
          award: {
            ...award,
            splitting: { opportunityIds: ['MA-2029-0042'], priorCents: 1_500_000 },
          },
        }),
        locale,
        {},
      ),
    ],
    ['delivery', deliveryCard(awarded, locale, winner)],
    [
      'acceptance',
      acceptanceCard(
        sample('delivered', {
          award,
          supplierName: 'Jordan Developer',
          deliveryUrl: 'https://github.com/example/date-picker/pull/1',
        }),
        locale,
        winner,
      ),
    ],
    [
      'payment',
      paymentCard(
        sample('accepted', {
          supplierName: 'Jordan Developer',
          acceptance: { checks: [], certifiedAt: '2030-02-25T15:00:00.000Z' },
        }),
        locale,
        now,
        {},
      ),
    ],
    // What a pasted public link or a shared search result shows in a chat (bot/unfurl.ts).
    ['shared-posted', publicCard(posted, locale, publicSite)!.content],
  ];
}

/** Every card the bot can send, in English then French, with sample data (no storage). */
export function cardGallery(): GalleryEntry[] {
  return (['en', 'fr'] as const).flatMap((locale) =>
    cardsIn(locale).map(([name, card]) => ({ name, locale, card })),
  );
}
