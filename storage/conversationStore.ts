import { odata, type TableClient } from '@azure/data-tables';
import { getOrNull, guard } from './errors';
import { decodeKey, encodeKey } from './keys';
import { upsertRows } from './transactions';

/**
 * Where to reach a person in Teams: the conversation reference of their personal chat with the
 * bot (for proactive messages) and their Teams user id (for `refresh.userIds`). The reference is
 * opaque JSON from the bot adapter.
 */
export interface PersonalChat {
  personId: string;
  teamsUserId: string;
  reference: unknown;
}

interface ChatEntity {
  teamsUserId: string;
  reference: string;
}

/** A message the bot posted about an opportunity, so a decision can update every copy. */
export interface CardMessage {
  opportunityId: string;
  personId: string;
  activityId: string;
  reference: unknown;
  /** The reader's Teams user id in that chat; absent on rows stored before it was kept. */
  teamsUserId?: string;
  /** On a supplier's question card: the question's number (the card is about that question). */
  question?: string;
}

/**
 * How long a server uses its own copy of a person's chat row before reading it again. A reference
 * changes only when the person reinstalls the app, and the server that receives that message
 * stores it and uses it at once; another server may still use the old reference for this long.
 */
export const chatFreshMs = 60_000;
/** The most chat rows a server keeps a copy of (the oldest read is dropped first). */
export const chatCopiesKept = 10_000;

function messageRow(message: CardMessage) {
  return {
    partitionKey: encodeKey(message.opportunityId),
    rowKey: encodeKey(`${message.personId}\n${message.activityId}`),
    personId: message.personId,
    activityId: message.activityId,
    reference: JSON.stringify(message.reference),
    ...(message.teamsUserId ? { teamsUserId: message.teamsUserId } : {}),
    ...(message.question ? { question: message.question } : {}),
  };
}

export class ConversationStore {
  /** Chat rows as last read or written by this server, with when (milliseconds). */
  private readonly copies = new Map<string, { row: ChatEntity; at: number }>();
  /** Moves before and after each save's write: a read begun before a save ended is not kept. */
  private saves = 0;

  constructor(
    private readonly chats: TableClient,
    private readonly messages: TableClient,
    private readonly clock: () => Date = () => new Date(),
    private readonly copiesKept = chatCopiesKept,
  ) {}

  /**
   * Where to reach the person: read by key, or this server's copy of the row when it is younger
   * than `chatFreshMs`. A person with no chat is read every time, so that the first message they
   * send through any server is used at once.
   */
  async get(personId: string): Promise<PersonalChat | null> {
    const now = this.clock().getTime();
    const copy = this.copies.get(personId);
    let row = copy && now - copy.at < chatFreshMs ? copy.row : null;
    if (!row) {
      const saves = this.saves;
      const read = await getOrNull<ChatEntity>(this.chats, 'chat', encodeKey(personId));
      row = read && { teamsUserId: read.teamsUserId, reference: read.reference };
      if (saves === this.saves) this.keep(personId, row, now);
      if (!row) return null;
    }
    // Parsed for each caller, so that no caller can change another's reference.
    return { personId, teamsUserId: row.teamsUserId, reference: JSON.parse(row.reference) };
  }

  /** Saves where to reach the person; this server uses it from now on. */
  async save(chat: PersonalChat): Promise<void> {
    const row = { teamsUserId: chat.teamsUserId, reference: JSON.stringify(chat.reference) };
    this.saves++;
    this.copies.delete(chat.personId);
    await guard(() =>
      this.chats.upsertEntity(
        { partitionKey: 'chat', rowKey: encodeKey(chat.personId), ...row },
        'Merge',
      ),
    );
    this.saves++;
    this.keep(chat.personId, row, this.clock().getTime());
  }

  /** Keeps a copy of the row read or written (none: forgets the person's copy). */
  private keep(personId: string, row: ChatEntity | null, at: number): void {
    this.copies.delete(personId);
    if (!row) return;
    this.copies.set(personId, { row, at });
    if (this.copies.size > this.copiesKept)
      this.copies.delete(this.copies.keys().next().value as string);
  }

  async addMessage(message: CardMessage): Promise<void> {
    await this.addMessages([message]);
  }

  /**
   * Remembers several messages at once: those about one opportunity share a partition, so they
   * are written together, up to a hundred to a transaction.
   */
  async addMessages(messages: readonly CardMessage[]): Promise<void> {
    await upsertRows(this.messages, messages.map(messageRow));
  }

  /** The cards one person holds, about any opportunity (a scan: only after their roles change). */
  async messagesOf(personId: string): Promise<CardMessage[]> {
    return guard(async () => {
      const found: CardMessage[] = [];
      const rows = this.messages.listEntities<{
        partitionKey: string;
        activityId: string;
        reference: string;
        teamsUserId?: string;
        question?: string;
      }>({ queryOptions: { filter: odata`personId eq ${personId}` } });
      for await (const row of rows) {
        found.push({
          opportunityId: decodeKey(row.partitionKey),
          personId,
          activityId: row.activityId,
          reference: JSON.parse(row.reference) as unknown,
          ...(row.teamsUserId ? { teamsUserId: row.teamsUserId } : {}),
          ...(row.question ? { question: row.question } : {}),
        });
      }
      return found;
    });
  }

  async messagesAbout(opportunityId: string): Promise<CardMessage[]> {
    return guard(async () => {
      const found: CardMessage[] = [];
      const rows = this.messages.listEntities<{
        personId: string;
        activityId: string;
        reference: string;
        teamsUserId?: string;
        question?: string;
      }>({
        queryOptions: { filter: odata`PartitionKey eq ${encodeKey(opportunityId)}` },
      });
      for await (const row of rows) {
        found.push({
          opportunityId,
          personId: row.personId,
          activityId: row.activityId,
          reference: JSON.parse(row.reference) as unknown,
          ...(row.teamsUserId ? { teamsUserId: row.teamsUserId } : {}),
          ...(row.question ? { question: row.question } : {}),
        });
      }
      return found;
    });
  }
}
