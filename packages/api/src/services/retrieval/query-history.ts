import { and, count, desc, eq } from 'drizzle-orm';
import { type Dataset, datasetQueries } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { toUnixRequired } from '../../validation';
import { settledQueryLog } from '../../data/datasets/query-log';

/** `GET /datasets/{id}/queries`: the hit-testing and retrieval history, newest first. */
export async function listQueries(deps: AppDeps, dataset: Dataset, input: { page: number; limit: number }) {
  // This process's latest searches are written just after their answers; list them too.
  await settledQueryLog(deps);
  const where = and(eq(datasetQueries.workspaceId, dataset.workspaceId), eq(datasetQueries.datasetId, dataset.id));
  const [total] = await deps.db.select({ n: count() }).from(datasetQueries).where(where);
  const rows = await deps.db
    .select()
    .from(datasetQueries)
    .where(where)
    .orderBy(desc(datasetQueries.createdAt), desc(datasetQueries.id))
    .limit(input.limit)
    .offset((input.page - 1) * input.limit);
  return {
    data: rows.map((row) => ({
      id: row.id,
      queries: row.queries ?? [{ content_type: 'text_query', content: row.content }],
      source: row.source,
      source_app_id: row.sourceAppId,
      created_by_role: row.createdByRole,
      created_by: row.createdBy,
      created_at: toUnixRequired(row.createdAt),
    })),
    has_more: input.page * input.limit < (total?.n ?? 0),
    limit: input.limit,
    total: total?.n ?? 0,
    page: input.page,
  };
}
