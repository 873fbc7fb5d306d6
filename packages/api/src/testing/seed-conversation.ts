import { type AppMode, type Conversation, conversations, type EndUser, type InvokeFrom, type Message, type MessageStatus, messages } from '@tessera/db';
import { upsertEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';

export interface SeedConversationInput {
  workspaceId: string;
  appId: string;
  mode?: AppMode;
  /** The end user who owns it (Service API, web app); without one it is an account's (console). */
  endUserId?: string;
  accountId?: string;
  /** Defaults to `service-api` for an end user and `debugger` for an account. */
  invokeFrom?: InvokeFrom;
  name?: string;
  /** Oldest first; each one's `created_at` is a second after the previous one's. */
  messages?: { query?: string; answer?: string; status?: MessageStatus; metadata?: Record<string, unknown> }[];
}

export interface SeededConversation {
  conversation: Conversation;
  messages: Message[];
}

/**
 * A conversation with its messages written straight to the database, as a finished chat would
 * leave them: for tests of what reads or acts on conversations without running a model.
 */
export async function seedConversation(app: TestApp, input: SeedConversationInput): Promise<SeededConversation> {
  const owner = {
    invokeFrom: input.invokeFrom ?? (input.endUserId ? 'service-api' : 'debugger'),
    fromSource: input.endUserId ? ('api' as const) : ('console' as const),
    fromEndUserId: input.endUserId ?? null,
    fromAccountId: input.endUserId ? null : (input.accountId ?? null),
  };
  const start = app.deps.now().getTime();
  const [conversation] = await app.deps.db
    .insert(conversations)
    .values({
      workspaceId: input.workspaceId,
      appId: input.appId,
      mode: input.mode ?? 'chat',
      name: input.name ?? 'New conversation',
      dialogueCount: input.messages?.length ?? 0,
      createdAt: new Date(start),
      updatedAt: new Date(start),
      ...owner,
    })
    .returning();
  const rows = (input.messages ?? []).map((message, index) => ({
    workspaceId: input.workspaceId,
    appId: input.appId,
    conversationId: conversation!.id,
    query: message.query ?? `Question ${index + 1}`,
    answer: message.answer ?? `Answer ${index + 1}`,
    status: message.status ?? 'normal',
    messageMetadata: message.metadata ?? {},
    createdAt: new Date(start + (index + 1) * 1000),
    updatedAt: new Date(start + (index + 1) * 1000),
    ...owner,
  }));
  const inserted = rows.length > 0 ? await app.deps.db.insert(messages).values(rows).returning() : [];
  return { conversation: conversation!, messages: inserted };
}

/** An end user of an app, as the Service API's `user` (or a web-app session) would create it. */
export function seedEndUser(app: TestApp, owner: { workspaceId: string; appId: string }, sessionId: string, type: EndUser['type'] = 'service-api'): Promise<EndUser> {
  return upsertEndUser(app.deps, owner, { type, sessionId, externalUserId: sessionId });
}
