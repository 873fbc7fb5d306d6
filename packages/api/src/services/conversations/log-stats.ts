import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { type App, accounts, type Message, type MessageAnnotation, messageAnnotations, messageFeedbacks, messages } from '@tessera/db';
import { type AppDeps } from '../../deps';

type Stats = { like: number; dislike: number };

/** What each conversation of a log page shows beside itself, in one grouped query each. */
export interface LogStats {
  messageCount(conversationId: string): number;
  firstMessage(conversationId: string): Message | undefined;
  feedbackStats(conversationId: string, source: 'user' | 'admin'): Stats;
  firstAnnotation(conversationId: string): { annotation: MessageAnnotation; account: { id: string; name: string; email: string } | null } | undefined;
}

const NO_STATS: LogStats = {
  messageCount: () => 0,
  firstMessage: () => undefined,
  feedbackStats: () => ({ like: 0, dislike: 0 }),
  firstAnnotation: () => undefined,
};

export async function loadLogStats(deps: AppDeps, app: App, ids: string[]): Promise<LogStats> {
  if (ids.length === 0) return NO_STATS;
  const inApp = { messages: and(inArray(messages.conversationId, ids), eq(messages.appId, app.id)) };
  const [counts, firsts, feedback, annotations] = await Promise.all([
    deps.db.select({ conversationId: messages.conversationId, n: count() }).from(messages).where(inApp.messages).groupBy(messages.conversationId),
    deps.db
      .selectDistinctOn([messages.conversationId])
      .from(messages)
      .where(inApp.messages)
      .orderBy(messages.conversationId, asc(messages.createdAt), asc(messages.id)),
    deps.db
      .select({ conversationId: messageFeedbacks.conversationId, source: messageFeedbacks.fromSource, rating: messageFeedbacks.rating, n: count() })
      .from(messageFeedbacks)
      .where(and(inArray(messageFeedbacks.conversationId, ids), eq(messageFeedbacks.appId, app.id)))
      .groupBy(messageFeedbacks.conversationId, messageFeedbacks.fromSource, messageFeedbacks.rating),
    deps.db
      .selectDistinctOn([messageAnnotations.conversationId], {
        annotation: messageAnnotations,
        account: { id: accounts.id, name: accounts.name, email: accounts.email },
      })
      .from(messageAnnotations)
      .leftJoin(accounts, eq(accounts.id, messageAnnotations.accountId))
      .where(and(inArray(messageAnnotations.conversationId, ids), eq(messageAnnotations.appId, app.id)))
      .orderBy(messageAnnotations.conversationId, asc(messageAnnotations.createdAt)),
  ]);
  const countBy = new Map(counts.map((row) => [row.conversationId, row.n]));
  const firstBy = new Map(firsts.map((row) => [row.conversationId, row]));
  const annotationBy = new Map(annotations.map((row) => [row.annotation.conversationId!, row]));
  return {
    messageCount: (id) => countBy.get(id) ?? 0,
    firstMessage: (id) => firstBy.get(id),
    feedbackStats: (id, source) => {
      const of = (rating: 'like' | 'dislike') =>
        feedback.find((row) => row.conversationId === id && row.source === source && row.rating === rating)?.n ?? 0;
      return { like: of('like'), dislike: of('dislike') };
    },
    firstAnnotation: (id) => annotationBy.get(id),
  };
}
