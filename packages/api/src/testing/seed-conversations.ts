import { eq, max } from 'drizzle-orm';
import {
  type AppModelConfig,
  appModelConfigs,
  apps,
  type Conversation,
  conversations,
  type EndUser,
  type InvokeFrom,
  type Message,
  type MessageAgentThought,
  messageAgentThoughts,
  type MessageFeedback,
  messageFeedbacks,
  type MessageFile,
  messageFiles,
  messages,
  type MessageStatus,
  sites,
} from '@tessera/db';
import { signPassport } from '../auth/passport';
import { upsertEndUser } from '../services/end-users/end-users';
import { type TestApp } from './app';
import { type SeededUser } from './seed';

/**
 * Rows of conversations and messages written straight to the database, for tests of the endpoints
 * that read them while the generation endpoints that write them live elsewhere.
 */

/** The app rows belong to. */
export interface SeedAppRef {
  appId: string;
  workspaceId: string;
}

export interface SeededPromptApp extends SeedAppRef {
  mode: Conversation['mode'];
  /** A Service API key of the app. */
  key: string;
}

/** An app of `user`'s workspace, created in the console, with a Service API key. */
export async function seedPromptApp(app: TestApp, user: SeededUser, mode: Conversation['mode'] = 'chat', name = `${mode} app`): Promise<SeededPromptApp> {
  const created = await app.request('POST', '/console/api/apps', { token: user.token, json: { name, mode } });
  if (created.status !== 201) throw new Error(`create app failed: ${created.status} ${created.text}`);
  const key = await app.request('POST', `/console/api/apps/${created.body.id}/api-keys`, { token: user.token });
  if (key.status !== 201) throw new Error(`create key failed: ${key.status} ${key.text}`);
  return { appId: created.body.id, workspaceId: user.workspaceId, mode, key: key.body.token };
}

/** Who a conversation belongs to: an end user (Service API or web app) or a console account. */
export type SeedOwner = { endUserId: string; invokeFrom?: 'service-api' | 'web-app' } | { accountId: string; invokeFrom?: 'debugger' | 'explore' };

export interface SeedConversationOptions {
  name?: string;
  inputs?: Record<string, unknown>;
  introduction?: string;
  mode?: Conversation['mode'];
  appModelConfigId?: string | null;
  isDeleted?: boolean;
  createdAt?: Date;
  updatedAt?: Date;
}

async function appMode(app: TestApp, appId: string): Promise<Conversation['mode']> {
  const [row] = await app.deps.db.select({ mode: apps.mode }).from(apps).where(eq(apps.id, appId));
  if (!row) throw new Error(`no app ${appId}`);
  return row.mode;
}

/** A conversation of `ref`'s app owned by `owner`; end users' conversations come `from_source: api`. */
export async function seedConversation(app: TestApp, ref: SeedAppRef, owner: SeedOwner, options: SeedConversationOptions = {}): Promise<Conversation> {
  const byEndUser = 'endUserId' in owner;
  const invokeFrom: InvokeFrom = owner.invokeFrom ?? (byEndUser ? 'service-api' : 'debugger');
  const [row] = await app.deps.db
    .insert(conversations)
    .values({
      workspaceId: ref.workspaceId,
      appId: ref.appId,
      mode: options.mode ?? (await appMode(app, ref.appId)),
      name: options.name ?? 'New conversation',
      inputs: options.inputs ?? {},
      introduction: options.introduction ?? '',
      invokeFrom,
      fromSource: byEndUser ? 'api' : 'console',
      fromEndUserId: byEndUser ? owner.endUserId : null,
      fromAccountId: byEndUser ? null : owner.accountId,
      appModelConfigId: options.appModelConfigId ?? null,
      isDeleted: options.isDeleted ?? false,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      updatedAt: options.updatedAt ?? options.createdAt ?? new Date(),
    })
    .returning();
  return row!;
}

export interface SeedMessageOptions {
  query?: string;
  answer?: string;
  inputs?: Record<string, unknown>;
  status?: MessageStatus;
  error?: string | null;
  metadata?: Record<string, unknown>;
  promptMessages?: unknown[];
  messageTokens?: number;
  answerTokens?: number;
  latency?: number;
  totalPrice?: string;
  appModelConfigId?: string | null;
  agentBased?: boolean;
  createdAt?: Date;
}

/** A message in `conversation`, from the conversation's owner and surface. */
export async function seedMessage(app: TestApp, conversation: Conversation, options: SeedMessageOptions = {}): Promise<Message> {
  const [row] = await app.deps.db
    .insert(messages)
    .values({
      workspaceId: conversation.workspaceId,
      appId: conversation.appId,
      conversationId: conversation.id,
      appModelConfigId: options.appModelConfigId ?? conversation.appModelConfigId,
      inputs: options.inputs ?? conversation.inputs,
      query: options.query ?? 'Hello?',
      answer: options.answer ?? 'Hi there.',
      message: options.promptMessages ?? [{ role: 'user', text: options.query ?? 'Hello?', files: [] }],
      messageTokens: options.messageTokens ?? 10,
      answerTokens: options.answerTokens ?? 5,
      providerResponseLatency: options.latency ?? 0.5,
      totalPrice: options.totalPrice ?? '0.0000150',
      status: options.status ?? 'normal',
      error: options.error ?? null,
      messageMetadata: options.metadata ?? {},
      invokeFrom: conversation.invokeFrom,
      fromSource: conversation.fromSource,
      fromEndUserId: conversation.fromEndUserId,
      fromAccountId: conversation.fromAccountId,
      agentBased: options.agentBased ?? false,
      ...(options.createdAt ? { createdAt: options.createdAt, updatedAt: options.createdAt } : {}),
    })
    .returning();
  return row!;
}

/**
 * `count` messages in `conversation`, one second apart starting at `start`, queried "Q1", "Q2", …
 * and answered "A1", "A2", … — oldest first.
 */
export async function seedMessages(app: TestApp, conversation: Conversation, count: number, start = new Date('2025-01-01T00:00:00Z')): Promise<Message[]> {
  const rows: Message[] = [];
  for (let i = 1; i <= count; i++) {
    rows.push(await seedMessage(app, conversation, { query: `Q${i}`, answer: `A${i}`, createdAt: new Date(start.getTime() + i * 1000) }));
  }
  return rows;
}

export async function seedAgentThought(
  app: TestApp,
  message: Message,
  values: Partial<Omit<MessageAgentThought, 'id' | 'messageId'>> & { position: number },
): Promise<MessageAgentThought> {
  const [row] = await app.deps.db
    .insert(messageAgentThoughts)
    .values({
      messageId: message.id,
      createdByRole: message.fromEndUserId ? 'end_user' : 'account',
      createdBy: message.fromEndUserId ?? message.fromAccountId!,
      ...values,
    })
    .returning();
  return row!;
}

export async function seedMessageFile(
  app: TestApp,
  message: Message,
  values: Pick<MessageFile, 'type' | 'transferMethod'> & Partial<Pick<MessageFile, 'url' | 'belongsTo' | 'uploadFileId'>>,
): Promise<MessageFile> {
  const [row] = await app.deps.db
    .insert(messageFiles)
    .values({
      workspaceId: message.workspaceId,
      messageId: message.id,
      createdByRole: message.fromEndUserId ? 'end_user' : 'account',
      createdBy: message.fromEndUserId ?? message.fromAccountId!,
      ...values,
    })
    .returning();
  return row!;
}

/** Feedback on `message`: the end user's (`user`) unless an account is named (`admin`). */
export async function seedFeedback(
  app: TestApp,
  message: Message,
  values: { rating: 'like' | 'dislike'; content?: string; accountId?: string; createdAt?: Date },
): Promise<MessageFeedback> {
  const admin = values.accountId !== undefined;
  const [row] = await app.deps.db
    .insert(messageFeedbacks)
    .values({
      workspaceId: message.workspaceId,
      appId: message.appId,
      conversationId: message.conversationId,
      messageId: message.id,
      rating: values.rating,
      content: values.content ?? null,
      fromSource: admin ? 'admin' : 'user',
      fromEndUserId: admin ? null : message.fromEndUserId,
      fromAccountId: admin ? values.accountId! : null,
      ...(values.createdAt ? { createdAt: values.createdAt, updatedAt: values.createdAt } : {}),
    })
    .returning();
  return row!;
}

/**
 * Saves `config` as the app's next configuration version and makes it the one that answers,
 * as saving the configuration in the console does.
 */
export async function seedModelConfigVersion(app: TestApp, ref: SeedAppRef, config: Record<string, unknown>): Promise<AppModelConfig> {
  const [latest] = await app.deps.db.select({ version: max(appModelConfigs.version) }).from(appModelConfigs).where(eq(appModelConfigs.appId, ref.appId));
  const [row] = await app.deps.db
    .insert(appModelConfigs)
    .values({ workspaceId: ref.workspaceId, appId: ref.appId, version: (latest?.version ?? 0) + 1, config })
    .returning();
  await app.deps.db.update(apps).set({ modelConfig: config, appModelConfigId: row!.id }).where(eq(apps.id, ref.appId));
  return row!;
}

/** The Service API end user a `user` string names in `ref`'s app. */
export function seedServiceEndUser(app: TestApp, ref: SeedAppRef, user: string): Promise<EndUser> {
  return upsertEndUser(app.deps, ref, { type: 'service-api', sessionId: user, externalUserId: user });
}

export interface SeededVisitor {
  endUser: EndUser;
  passport: string;
  /** `X-App-Passport` and `X-App-Code`, as Dify's web app sends them. */
  headers: Record<string, string>;
}

/** A web-app visitor of `ref`'s app with a passport, as `GET /api/passport` would give one. */
export async function seedWebVisitor(app: TestApp, ref: SeedAppRef, sessionId = crypto.randomUUID()): Promise<SeededVisitor> {
  const [site] = await app.deps.db.select({ code: sites.code }).from(sites).where(eq(sites.appId, ref.appId));
  if (!site) throw new Error(`app ${ref.appId} has no site`);
  const endUser = await upsertEndUser(app.deps, ref, { type: 'browser', sessionId, externalUserId: sessionId });
  const passport = await signPassport(app.deps, { iss: ref.appId, app_id: ref.appId, app_code: site.code, end_user_id: endUser.id });
  return { endUser, passport, headers: { 'X-App-Passport': passport, 'X-App-Code': site.code } };
}
