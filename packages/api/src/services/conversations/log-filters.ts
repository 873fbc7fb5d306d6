import { and, eq, gte, ilike, lt, ne, not, or, type SQL, sql } from 'drizzle-orm';
import { type App, conversations, endUsers, messageAnnotations, messages } from '@tessera/db';
import { escapeLike } from '../../data/escape-like';
import { type ConversationSort } from './list-conversations';
import { localMinuteToUtc } from './local-time';
import { type LogKind } from './log-app';

export const ANNOTATION_STATUSES = ['annotated', 'not_annotated', 'all'] as const;

export interface LogFilterInput {
  keyword?: string;
  /** `YYYY-MM-DD HH:MM` in the operator's time zone, from the start of that minute… */
  start?: string;
  /** …to the end of this one. */
  end?: string;
  annotationStatus: (typeof ANNOTATION_STATUSES)[number];
  /** Chat logs: conversations with at least this many messages. */
  messageCountGte?: number;
  sortBy: ConversationSort;
}

const MINUTE_MS = 60_000;

function keywordMatch(app: App, keyword: string, kind: LogKind): SQL {
  const pattern = `%${escapeLike(keyword)}%`;
  const inMessages = sql`exists (select 1 from ${messages} where ${and(eq(messages.conversationId, conversations.id), eq(messages.appId, app.id), or(ilike(messages.query, pattern), ilike(messages.answer, pattern)))})`;
  if (kind === 'completion') return inMessages;
  const bySession = sql`exists (select 1 from ${endUsers} where ${and(eq(endUsers.id, conversations.fromEndUserId), ilike(endUsers.sessionId, pattern))})`;
  return or(inMessages, ilike(conversations.name, pattern), ilike(conversations.introduction, pattern), bySession)!;
}

/**
 * Which of an app's conversations its logs list (Dify's console filters): not deleted; matching the
 * keyword in questions, answers (and for chat, names, introductions and end-user ids); within the
 * window, read in the operator's time zone on the field the list is sorted by; annotated or not;
 * with enough messages. Advanced-chat logs leave out the debugger's conversations.
 */
export function logConditions(app: App, kind: LogKind, input: LogFilterInput, timeZone: string): SQL[] {
  const conditions: SQL[] = [eq(conversations.appId, app.id), eq(conversations.workspaceId, app.workspaceId), eq(conversations.isDeleted, false)];
  if (kind === 'completion') conditions.push(eq(conversations.mode, 'completion'));
  if (app.mode === 'advanced-chat') conditions.push(ne(conversations.invokeFrom, 'debugger'));
  if (input.keyword) conditions.push(keywordMatch(app, input.keyword, kind));
  const timeField = kind === 'chat' && input.sortBy.endsWith('updated_at') ? conversations.updatedAt : conversations.createdAt;
  if (input.start) conditions.push(gte(timeField, localMinuteToUtc(input.start, timeZone)));
  if (input.end) conditions.push(lt(timeField, new Date(localMinuteToUtc(input.end, timeZone).getTime() + MINUTE_MS)));
  if (input.annotationStatus !== 'all') {
    const annotated = sql`exists (select 1 from ${messageAnnotations} where ${and(eq(messageAnnotations.conversationId, conversations.id), eq(messageAnnotations.appId, app.id))})`;
    conditions.push(input.annotationStatus === 'annotated' ? annotated : not(annotated));
  }
  if (input.messageCountGte) {
    conditions.push(sql`(select count(*) from ${messages} where ${eq(messages.conversationId, conversations.id)}) >= ${input.messageCountGte}`);
  }
  return conditions;
}
