import { odata, type TableClient } from '@azure/data-tables';
import { getOrNull, guard } from './errors';
import { decodeKey, encodeKey } from './keys';

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

export class ConversationStore {
  constructor(
    private readonly chats: TableClient,
    private readonly messages: TableClient,
  ) {}

  async get(personId: string): Promise<PersonalChat | null> {
    const row = await getOrNull<ChatEntity>(this.chats, 'chat', encodeKey(personId));
    return (
      row && {
        personId,
        teamsUserId: row.teamsUserId,
        reference: JSON.parse(row.reference) as unknown,
      }
    );
  }

  /** Saves where to reach the person. */
  async save(chat: PersonalChat): Promise<void> {
    await guard(() =>
      this.chats.upsertEntity(
        {
          partitionKey: 'chat',
          rowKey: encodeKey(chat.personId),
          teamsUserId: chat.teamsUserId,
          reference: JSON.stringify(chat.reference),
        },
        'Merge',
      ),
    );
  }

  async addMessage(message: CardMessage): Promise<void> {
    await guard(() =>
      this.messages.upsertEntity(
        {
          partitionKey: encodeKey(message.opportunityId),
          rowKey: encodeKey(`${message.personId}\n${message.activityId}`),
          personId: message.personId,
          activityId: message.activityId,
          reference: JSON.stringify(message.reference),
          ...(message.teamsUserId ? { teamsUserId: message.teamsUserId } : {}),
          ...(message.question ? { question: message.question } : {}),
        },
        'Replace',
      ),
    );
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
