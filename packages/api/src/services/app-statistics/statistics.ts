import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import { type AppMode, conversations, type Database, messageFeedbacks, messages } from '@tessera/db';
import { dayOf, FIRST_COLUMN, scopeFilter, type StatisticScope } from './statistic-scope';

/** One day of a statistic: the date and Dify's fields for that statistic. */
export type DailyRow = { date: string } & Record<string, number | string>;

export interface DailyStatistic {
  /** The app modes the statistic makes sense for; every mode when absent. */
  modes?: readonly AppMode[];
  rows(db: Database, scope: StatisticScope): Promise<DailyRow[]>;
}

const messageScope = (scope: StatisticScope) => scopeFilter(scope, messages, messages.invokeFrom);
const messageDay = (scope: StatisticScope) => dayOf(messages.createdAt, scope.timezone);
const asNumber = (value: unknown) => Number(value);
/** Python's `round(x, places)` on the float Dify computes (ties aside). */
const round = (value: number, places: number) => Number(value.toFixed(places));

/** Messages per day (`daily-messages`). */
const dailyMessages = {
  async rows(db, scope) {
    const rows = await db
      .select({ date: messageDay(scope), message_count: count() })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
    return rows;
  },
} satisfies DailyStatistic;

/** Conversations with a message that day (`daily-conversations`). */
const dailyConversations = {
  async rows(db, scope) {
    return db
      .select({ date: messageDay(scope), conversation_count: countDistinct(messages.conversationId) })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
  },
} satisfies DailyStatistic;

/** End users who sent a message that day (`daily-end-users`, Dify's "terminals"). */
const dailyEndUsers = {
  async rows(db, scope) {
    return db
      .select({ date: messageDay(scope), terminal_count: countDistinct(messages.fromEndUserId) })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
  },
} satisfies DailyStatistic;

/** Tokens and what they cost per day (`token-costs`); the price as Dify's Numeric(10,7) prints. */
const tokenCosts = {
  async rows(db, scope) {
    const rows = await db
      .select({
        date: messageDay(scope),
        token_count: sql`coalesce(sum(${messages.messageTokens}), 0) + coalesce(sum(${messages.answerTokens}), 0)`.mapWith(asNumber),
        total_price: sql<string>`round(coalesce(sum(${messages.totalPrice}::numeric), 0), 7)::text`,
      })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
    return rows.map((row) => ({ ...row, currency: 'USD' }));
  },
} satisfies DailyStatistic;

/** Messages per conversation, by the day the conversation began (`average-session-interactions`). */
const averageSessionInteractions = {
  modes: ['chat', 'agent-chat', 'advanced-chat'] as const,
  async rows(db, scope) {
    const perConversation = db
      .select({ conversationId: messages.conversationId, messageCount: count(messages.id).as('message_count') })
      .from(conversations)
      .innerJoin(messages, and(eq(messages.conversationId, conversations.id), eq(messages.workspaceId, conversations.workspaceId)))
      .where(scopeFilter(scope, conversations, messages.invokeFrom))
      .groupBy(messages.conversationId)
      .as('per_conversation');
    return db
      .select({
        date: dayOf(conversations.createdAt, scope.timezone),
        interactions: sql`round(avg(${perConversation.messageCount}), 2)`.mapWith(asNumber),
      })
      .from(perConversation)
      .innerJoin(conversations, and(eq(conversations.id, perConversation.conversationId), eq(conversations.workspaceId, scope.workspaceId)))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
  },
} satisfies DailyStatistic;

/** Likes per thousand messages (`user-satisfaction-rate`); a message liked by its user and an operator counts twice, as in Dify. */
const userSatisfactionRate = {
  async rows(db, scope) {
    const rows = await db
      .select({ date: messageDay(scope), messageCount: count(messages.id), likeCount: count(messageFeedbacks.id) })
      .from(messages)
      .leftJoin(
        messageFeedbacks,
        and(eq(messageFeedbacks.messageId, messages.id), eq(messageFeedbacks.workspaceId, messages.workspaceId), eq(messageFeedbacks.rating, 'like')),
      )
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
    return rows.map((row) => ({ date: row.date, rate: row.messageCount > 0 ? round((row.likeCount * 1000) / row.messageCount, 2) : 0 }));
  },
} satisfies DailyStatistic;

/** How long a completion took on average, in milliseconds (`average-response-time`). */
const averageResponseTime = {
  modes: ['completion'] as const,
  async rows(db, scope) {
    const rows = await db
      .select({ date: messageDay(scope), seconds: sql`avg(${messages.providerResponseLatency}::float8)`.mapWith(asNumber) })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
    return rows.map((row) => ({ date: row.date, latency: round(row.seconds * 1000, 4) }));
  },
} satisfies DailyStatistic;

/** Answer tokens per second of model time (`tokens-per-second`). */
const tokensPerSecond = {
  async rows(db, scope) {
    const rows = await db
      .select({
        date: messageDay(scope),
        tokens: sql`coalesce(sum(${messages.answerTokens}), 0)`.mapWith(asNumber),
        seconds: sql`coalesce(sum(${messages.providerResponseLatency}::float8), 0)`.mapWith(asNumber),
      })
      .from(messages)
      .where(messageScope(scope))
      .groupBy(FIRST_COLUMN)
      .orderBy(FIRST_COLUMN);
    return rows.map((row) => ({ date: row.date, tps: row.seconds === 0 ? 0 : round(row.tokens / row.seconds, 4) }));
  },
} satisfies DailyStatistic;

/** Dify's console statistics, by the last segment of their paths. */
export const DAILY_STATISTICS = {
  'daily-messages': dailyMessages,
  'daily-conversations': dailyConversations,
  'daily-end-users': dailyEndUsers,
  'token-costs': tokenCosts,
  'average-session-interactions': averageSessionInteractions,
  'user-satisfaction-rate': userSatisfactionRate,
  'average-response-time': averageResponseTime,
  'tokens-per-second': tokensPerSecond,
} as const satisfies Record<string, DailyStatistic>;

export type StatisticName = keyof typeof DAILY_STATISTICS;
export type StatisticRow<N extends StatisticName> = Awaited<ReturnType<(typeof DAILY_STATISTICS)[N]['rows']>>[number];
