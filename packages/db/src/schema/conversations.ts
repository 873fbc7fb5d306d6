import { boolean, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { apps, type AppMode } from './apps';
import { createdAt, id, timestamps } from './columns';
import { endUsers } from './end-users';
import { uploadFiles } from './files';
import { workspaces } from './workspaces';

/** Where a run was started: Dify's InvokeFrom. */
export const INVOKE_FROM = ['service-api', 'web-app', 'debugger', 'explore'] as const;
export type InvokeFrom = (typeof INVOKE_FROM)[number];
/** Dify's `from_source`: `api` for end users (Service API and web app), `console` for operators. */
export type FromSource = 'api' | 'console';
export type CreatorRole = 'account' | 'end_user';

const workspace = () =>
  uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const app = () =>
  uuid()
    .notNull()
    .references(() => apps.id, { onDelete: 'cascade' });
const endUser = () => uuid().references(() => endUsers.id, { onDelete: 'cascade' });
const account = () => uuid().references(() => accounts.id, { onDelete: 'set null' });

/**
 * A conversation with a chat-family app, or the one-message envelope of a completion. It belongs to
 * the end user or account that started it; `is_deleted` hides it from its owner (Dify's soft delete)
 * while logs keep it.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    workspaceId: workspace(),
    appId: app(),
    appModelConfigId: uuid(),
    modelProvider: text(),
    modelId: text(),
    mode: text().$type<AppMode>().notNull(),
    name: text().notNull().default(''),
    summary: text(),
    inputs: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    introduction: text().notNull().default(''),
    status: text().notNull().default('normal'),
    invokeFrom: text().$type<InvokeFrom>().notNull(),
    fromSource: text().$type<FromSource>().notNull(),
    fromEndUserId: endUser(),
    fromAccountId: account(),
    dialogueCount: integer().notNull().default(0),
    /** When an operator last opened it in the logs. */
    readAt: timestamp({ withTimezone: true }),
    isDeleted: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index('conversations_app_end_user_idx').on(t.appId, t.fromEndUserId, t.updatedAt),
    index('conversations_app_created_idx').on(t.appId, t.createdAt),
    index('conversations_workspace_idx').on(t.workspaceId),
  ],
);

export type MessageStatus = 'normal' | 'error' | 'stopped';

/** One question and its answer, with what it cost and which configuration answered. */
export const messages = pgTable(
  'messages',
  {
    id: id(),
    workspaceId: workspace(),
    appId: app(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    appModelConfigId: uuid(),
    modelProvider: text(),
    modelId: text(),
    /** The task that produced it; stop and resume address it. */
    taskId: uuid(),
    inputs: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    query: text().notNull().default(''),
    /** The prompt messages sent to the model, for the logs. */
    message: jsonb().$type<unknown[]>().notNull().default([]),
    messageTokens: integer().notNull().default(0),
    messageUnitPrice: text().notNull().default('0'),
    messagePriceUnit: text().notNull().default('0.001'),
    answer: text().notNull().default(''),
    answerTokens: integer().notNull().default(0),
    answerUnitPrice: text().notNull().default('0'),
    answerPriceUnit: text().notNull().default('0.001'),
    /** Seconds from the request to the last token. */
    providerResponseLatency: real().notNull().default(0),
    timeToFirstToken: real(),
    totalPrice: text().notNull().default('0'),
    currency: text().notNull().default('USD'),
    status: text().$type<MessageStatus>().notNull().default('normal'),
    error: text(),
    /** usage, retriever_resources, annotation_reply (Dify's message_metadata). */
    messageMetadata: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    invokeFrom: text().$type<InvokeFrom>().notNull(),
    fromSource: text().$type<FromSource>().notNull(),
    fromEndUserId: endUser(),
    fromAccountId: account(),
    agentBased: boolean().notNull().default(false),
    parentMessageId: uuid(),
    workflowRunId: uuid(),
    ...timestamps(),
  },
  (t) => [
    index('messages_conversation_created_idx').on(t.conversationId, t.createdAt),
    index('messages_app_created_idx').on(t.appId, t.createdAt),
    index('messages_task_idx').on(t.taskId),
    index('messages_workspace_idx').on(t.workspaceId),
  ],
);

/** Files a message carries: the user's uploads and links, and what the assistant or a tool produced. */
export const messageFiles = pgTable(
  'message_files',
  {
    id: id(),
    workspaceId: workspace(),
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    transferMethod: text().$type<'remote_url' | 'local_file' | 'tool_file' | 'datasource_file'>().notNull(),
    url: text(),
    belongsTo: text().$type<'user' | 'assistant'>().notNull().default('user'),
    uploadFileId: uuid().references(() => uploadFiles.id, { onDelete: 'set null' }),
    createdByRole: text().$type<CreatorRole>().notNull(),
    createdBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('message_files_message_idx').on(t.messageId), index('message_files_upload_idx').on(t.uploadFileId)],
);

/** One step of an agent's answer: its thought, the tools it called with what input, and what they said. */
export const messageAgentThoughts = pgTable(
  'message_agent_thoughts',
  {
    id: id(),
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    thought: text(),
    tool: text(),
    toolLabels: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    toolInput: text(),
    observation: text(),
    toolMeta: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    messageFiles: jsonb().$type<string[]>().notNull().default([]),
    tokens: integer().notNull().default(0),
    totalPrice: text().notNull().default('0'),
    currency: text().notNull().default('USD'),
    latency: real().notNull().default(0),
    createdByRole: text().$type<CreatorRole>().notNull(),
    createdBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('message_agent_thoughts_message_position_key').on(t.messageId, t.position)],
);

/** Like or dislike from the end user (`user`) or an operator (`admin`): at most one of each per message. */
export const messageFeedbacks = pgTable(
  'message_feedbacks',
  {
    id: id(),
    workspaceId: workspace(),
    appId: app(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    rating: text().$type<'like' | 'dislike'>().notNull(),
    content: text(),
    fromSource: text().$type<'user' | 'admin'>().notNull(),
    fromEndUserId: endUser(),
    fromAccountId: account(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('message_feedbacks_message_source_key').on(t.messageId, t.fromSource), index('message_feedbacks_app_idx').on(t.appId, t.createdAt)],
);

/** Completion answers an end user kept (the web app's "saved"). */
export const savedMessages = pgTable(
  'saved_messages',
  {
    id: id(),
    appId: app(),
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    createdByRole: text().$type<CreatorRole>().notNull(),
    createdBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('saved_messages_owner_message_key').on(t.createdBy, t.messageId), index('saved_messages_app_idx').on(t.appId, t.createdAt)],
);

/** Conversations an end user pinned in the web app's sidebar. */
export const pinnedConversations = pgTable(
  'pinned_conversations',
  {
    id: id(),
    appId: app(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    createdByRole: text().$type<CreatorRole>().notNull(),
    createdBy: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('pinned_conversations_owner_key').on(t.createdBy, t.conversationId)],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type MessageFile = typeof messageFiles.$inferSelect;
export type MessageAgentThought = typeof messageAgentThoughts.$inferSelect;
export type MessageFeedback = typeof messageFeedbacks.$inferSelect;
