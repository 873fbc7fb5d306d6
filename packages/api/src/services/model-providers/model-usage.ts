import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { modelUsage } from '@tessera/db';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { pageOf, pageOffset } from '../../paging';
import { toUnixRequired } from '../../validation';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireProvider } from './catalog-lookup';

import { modelUsageRecorder } from '../../data/model-usage';

/** `GET /workspaces/current/model-usage`: newest first, Dify's pagination envelope. */
export async function listModelUsage(
  deps: AppDeps,
  actor: Actor,
  input: { page: number; limit: number; provider?: string; model?: string },
) {
  assertRole(actor, PRIVILEGED_ROLES);
  // Rows are written just after each call's answer; the ones still pending are written first.
  await modelUsageRecorder(deps.db).settled();
  const conditions: SQL[] = [eq(modelUsage.workspaceId, actor.workspaceId)];
  if (input.provider) conditions.push(eq(modelUsage.provider, requireProvider(input.provider).provider));
  if (input.model) conditions.push(eq(modelUsage.modelName, input.model));
  const where = and(...conditions);
  const [totals] = await deps.db.select({ n: count() }).from(modelUsage).where(where);
  const rows = await deps.db
    .select()
    .from(modelUsage)
    .where(where)
    .orderBy(desc(modelUsage.createdAt), desc(modelUsage.id))
    .limit(input.limit)
    .offset(pageOffset(input));
  const total = Number(totals?.n ?? 0);
  return pageOf(
    input,
    total,
    rows.map((row) => ({
      id: row.id,
      provider: row.provider,
      model: row.modelName,
      model_type: row.modelType,
      caller_type: row.callerType,
      caller_id: row.callerId,
      user_id: row.userId,
      prompt_tokens: row.promptTokens,
      completion_tokens: row.completionTokens,
      total_tokens: row.totalTokens,
      prompt_price: row.promptPrice,
      completion_price: row.completionPrice,
      total_price: row.totalPrice,
      currency: row.currency,
      latency_ms: row.latencyMs,
      time_to_first_token_ms: row.timeToFirstTokenMs,
      status: row.status,
      error_code: row.errorCode,
      created_at: toUnixRequired(row.createdAt),
    })),
  );
}
