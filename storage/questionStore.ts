import { odata, type TableClient } from '@azure/data-tables';
import { isConfirmationNumber } from '../domain/applications';
import type { QuestionFacts } from '../domain/decide';
import type { AskedQuestion } from '../domain/questionStatus';
import type { Locale } from '../domain/locale';
import { isOpportunityId, type Opportunity } from '../domain/opportunity';
import type { Problem } from '../domain/problems';
import { parseQuestion } from '../domain/questions';
import type { Recipient } from '../domain/supplierAudience';
import { applicationFormStates } from '../domain/transitions';
import { newConfirmationNumber } from './applicationStore';
import { getOrNull, guard } from './errors';
import { encodeKey } from './keys';

export type AskOutcome =
  | { kind: 'received'; number: string; askedAt: string }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'notFound' };

/** A question as the author sees it: what was asked, when and in which language; never who asked. */
export type ReceivedQuestion = AskedQuestion;

/** Told of each question after it is stored (the author's card in Teams); must not throw. */
export type QuestionListener = (opportunityId: string, question: ReceivedQuestion) => void;

/**
 * Suppliers' questions, in two tables so that no view can reach what it must not:
 * - `questions`: what was asked, by question number (what the author and the public side read);
 * - `askers`: the e-mail address to tell when the answer is published, under the same number.
 */
export class QuestionStore {
  constructor(
    private readonly questionsTable: TableClient,
    private readonly askersTable: TableClient,
    private readonly opportunity: (id: string) => Promise<Opportunity | null>,
    private readonly cutoffHours: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private readonly listeners: QuestionListener[] = [];

  /** Called after each question is stored, never before; listeners queue their own work. */
  onReceived(listener: QuestionListener): void {
    this.listeners.push(listener);
  }

  /** Checks an untrusted form against the opportunity as stored, then stores question and asker apart. */
  async ask(
    opportunityId: string,
    input: Readonly<Record<string, unknown>>,
    language: Locale = 'en',
  ): Promise<AskOutcome> {
    const record = isOpportunityId(opportunityId) ? await this.opportunity(opportunityId) : null;
    if (!record || !applicationFormStates.includes(record.state)) return { kind: 'notFound' };
    const now = this.clock();
    const parsed = parseQuestion(input, record, now, this.cutoffHours);
    if (!parsed.ok) return { kind: 'refused', problems: parsed.error };
    const partitionKey = encodeKey(opportunityId);
    const number = newConfirmationNumber();
    const askedAt = now.toISOString();
    const askerRow = { partitionKey, rowKey: number, email: parsed.value.email, language };
    const questionRow = {
      partitionKey,
      rowKey: number,
      askedAt,
      language,
      question: parsed.value.question,
    };
    await guard(() => this.askersTable.createEntity(askerRow));
    try {
      await guard(() => this.questionsTable.createEntity(questionRow));
    } catch (error) {
      // Without the question the asker's row is an address kept for nothing: take it back.
      await this.askersTable.deleteEntity(partitionKey, number).catch(() => undefined);
      throw error;
    }
    const received: ReceivedQuestion = {
      number,
      askedAt,
      language,
      question: parsed.value.question,
    };
    for (const listener of this.listeners) listener(opportunityId, received);
    return { kind: 'received', number, askedAt };
  }

  /** What answering or declining a question is checked against: the numbers received. */
  async questionFacts(opportunityId: string): Promise<QuestionFacts> {
    return { received: (await this.received(opportunityId)).map((q) => q.number) };
  }

  /** Who asked a question, to tell them of its answer: only the notices read this. */
  async asker(opportunityId: string, number: string): Promise<Recipient | null> {
    if (!isOpportunityId(opportunityId) || !isConfirmationNumber(number)) return null;
    const row = await getOrNull<{ email: string; language: string }>(
      this.askersTable,
      encodeKey(opportunityId),
      number,
    );
    return row ? { email: String(row.email), language: row.language === 'fr' ? 'fr' : 'en' } : null;
  }

  /** Whether a question with this number was received for the opportunity. */
  async exists(opportunityId: string, number: string): Promise<boolean> {
    if (!isOpportunityId(opportunityId) || !isConfirmationNumber(number)) return false;
    return (await getOrNull(this.questionsTable, encodeKey(opportunityId), number)) !== null;
  }

  /** One question asked about an opportunity, or null; no asker is read. */
  async get(opportunityId: string, number: string): Promise<ReceivedQuestion | null> {
    if (!isOpportunityId(opportunityId) || !isConfirmationNumber(number)) return null;
    const row = await getOrNull<Record<string, unknown>>(
      this.questionsTable,
      encodeKey(opportunityId),
      number,
    );
    return row && questionFromRow(row);
  }

  /** The questions asked about an opportunity, oldest first; no asker is read. */
  async received(opportunityId: string): Promise<ReceivedQuestion[]> {
    if (!isOpportunityId(opportunityId)) return [];
    return guard(async () => {
      const found: ReceivedQuestion[] = [];
      const filter = odata`PartitionKey eq ${encodeKey(opportunityId)}`;
      for await (const row of this.questionsTable.listEntities<Record<string, unknown>>({
        queryOptions: { filter },
      })) {
        found.push(questionFromRow(row));
      }
      return found.sort((a, b) => (a.askedAt < b.askedAt ? -1 : a.askedAt > b.askedAt ? 1 : 0));
    });
  }
}

function questionFromRow(row: Record<string, unknown>): ReceivedQuestion {
  return {
    number: String(row.rowKey),
    askedAt: String(row.askedAt),
    language: row.language === 'fr' ? 'fr' : 'en',
    question: String(row.question),
  };
}
