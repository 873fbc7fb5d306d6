import { randomUUID } from 'node:crypto';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { type Conversation, type FromSource, streamTasks } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { type AppError, errors } from '../../errors';
import { type RequestFile } from '../app-files/prompt-file-content';
import { provisionalName } from './conversation';
import { insertRunRows, type RunRows, writeRunRows } from '../../data/run-rows';
import { ownerKey, type GenerationRequest } from './types';

/**
 * A run whose ids are known before its rows exist: the model call and the first events need only
 * the ids, so they go first and the rows are written after. Whatever reads the rows waits for `committed`.
 */
export interface OpenedRun {
  taskId: string;
  messageId: string;
  conversationId: string;
  /** The message's `created_at`, as events and the blocking answer show it. */
  createdAt: Date;
  /** Resolves once the conversation, message and stream task are committed; rejects if they never are. */
  committed: Promise<void>;
  /** Starts writing the rows if that has not started: the run calls it at its first event and when it ends. */
  write(): void;
}

/**
 * How long a run's rows wait for its first event before they are written anyway. Writing them
 * after the first event keeps their statements (which on the embedded engine run on the server's
 * own thread) off the path to that event; a slow model must not keep them from other instances long.
 */
const ROWS_AFTER_FIRST_EVENT_WAIT_MS = 50;

interface OpenRunInput {
  request: GenerationRequest;
  /** Continue this one; a new conversation is created otherwise. */
  conversation?: Conversation;
  inputs: Record<string, unknown>;
  /** The request's files, kept as the message's user files. */
  files: RequestFile[];
  appModelConfigId: string | null;
  model: { provider: string; name: string };
  /** The app's `max_active_requests` (0 or null: no limit). */
  maxActiveRequests: number | null;
}

function tooManyRequests(appId: string, limit: number): AppError {
  // Dify raises this as a ValueError, which its handlers answer as 400 invalid_param.
  return errors.invalidParam(`Too many requests. Please try again later. The current maximum concurrent requests allowed for ${appId} is ${limit}.`);
}

/**
 * Prepares what a run needs: the conversation (when new), the message, and the stream task; the
 * ids are chosen here so the caller need not wait for the commit. The rows are written at the run's
 * first event (or shortly after the start without one), in batches shared with other runs. With a per-app concurrency limit, the run gets its own transaction
 * with an advisory lock on the app, making "count running tasks, then add one" atomic so a burst
 * cannot slip past the limit; such a caller awaits `committed` before starting.
 */
export function openRun(deps: AppDeps, input: OpenRunInput): OpenedRun {
  const ids = {
    taskId: randomUUID(),
    messageId: randomUUID(),
    conversationId: input.conversation?.id ?? randomUUID(),
    createdAt: new Date(),
  };
  const rows = runRows(deps, input, ids);
  const limit = input.maxActiveRequests ?? 0;
  if (limit > 0) return opened(ids, writeLimitedRun(deps, input.request.app.appId, limit, rows), () => undefined);
  let start!: () => void;
  const committed = new Promise<void>((resolve) => (start = resolve)).then(() => writeRunRows(deps.db, rows));
  const timer = setTimeout(() => start(), ROWS_AFTER_FIRST_EVENT_WAIT_MS);
  return opened(ids, committed, () => {
    clearTimeout(timer);
    start();
  });
}

function opened(ids: Omit<OpenedRun, 'committed' | 'write'>, committed: Promise<void>, write: () => void): OpenedRun {
  // Observed by whoever awaits it; never an unhandled rejection when nobody gets that far.
  committed.catch(() => undefined);
  return { ...ids, committed, write };
}

async function writeLimitedRun(deps: AppDeps, appId: string, limit: number, rows: RunRows): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`app-runs:${appId}`}, 0))`);
    const since = new Date(deps.now().getTime() - deps.config.appMaxExecutionSeconds * 1000);
    const [running] = await tx
      .select({ n: count() })
      .from(streamTasks)
      .where(and(eq(streamTasks.appId, appId), eq(streamTasks.status, 'running'), gt(streamTasks.createdAt, since)));
    if ((running?.n ?? 0) >= limit) throw tooManyRequests(appId, limit);
    await insertRunRows(tx, [rows]);
  });
}

function runRows(deps: AppDeps, input: OpenRunInput, ids: Omit<OpenedRun, 'committed' | 'write'>): RunRows {
  const { request } = input;
  const { app, owner } = request;
  const fromSource: FromSource = request.invokeFrom === 'debugger' ? 'console' : 'api';
  const ownerColumns = owner.kind === 'end_user' ? { fromEndUserId: owner.endUserId } : { fromAccountId: owner.accountId };
  const shared = { workspaceId: app.workspaceId, appId: app.appId, appModelConfigId: input.appModelConfigId, modelProvider: input.model.provider, modelId: input.model.name };
  return {
    conversation: input.conversation
      ? undefined
      : {
          ...shared,
          id: ids.conversationId,
          mode: app.mode,
          name: provisionalName(request.query),
          inputs: input.inputs,
          invokeFrom: request.invokeFrom,
          fromSource,
          ...ownerColumns,
        },
    continued: input.conversation ? { workspaceId: app.workspaceId, conversationId: ids.conversationId, at: deps.now() } : undefined,
    message: {
      ...shared,
      id: ids.messageId,
      createdAt: ids.createdAt,
      conversationId: ids.conversationId,
      taskId: ids.taskId,
      inputs: input.inputs,
      query: request.query,
      invokeFrom: request.invokeFrom,
      fromSource,
      agentBased: app.mode === 'agent-chat',
      parentMessageId: request.parentMessageId ?? null,
      ...ownerColumns,
    },
    files: input.files.map((file) => ({
      workspaceId: app.workspaceId,
      messageId: ids.messageId,
      type: file.type,
      transferMethod: file.transferMethod,
      url: file.remoteUrl,
      belongsTo: 'user' as const,
      uploadFileId: file.uploadFileId,
      createdByRole: owner.kind === 'end_user' ? ('end_user' as const) : ('account' as const),
      createdBy: owner.kind === 'end_user' ? owner.endUserId : owner.accountId,
    })),
    task: {
      id: ids.taskId,
      workspaceId: app.workspaceId,
      appId: app.appId,
      kind: app.mode === 'completion' ? 'completion' : 'chat',
      owner: ownerKey(owner),
      subjectId: ids.messageId,
    },
  };
}
