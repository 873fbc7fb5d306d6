import { errors } from '../../../errors';
import { AUTH_FLAVOURS } from '../../../http/auth-flavours';
import { cachedDataset } from '../../../data/datasets/cached-dataset';
import { publicProcedure } from '../../../trpc';
import { UUID } from '../../../validation';

/** Knowledge API procedures, called with a `dataset-` key; `ctx.actor` is the workspace owner. */
export const datasetKeyProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = await AUTH_FLAVOURS.datasetKey.resolve(ctx);
  return next({ ctx: { ...ctx, actor } });
});

/**
 * Routes with a `dataset_id` in the path: Dify's wrapper loads the dataset in the key's workspace
 * first (404 "Dataset not found."), then refuses datasets closed to the API (403).
 */
export const datasetPathProcedure = datasetKeyProcedure.use(async ({ ctx, getRawInput, next }) => {
  const raw = (await getRawInput()) as { dataset_id?: unknown } | undefined;
  const datasetId = typeof raw?.dataset_id === 'string' && UUID.test(raw.dataset_id) ? raw.dataset_id : null;
  const dataset = datasetId ? await cachedDataset(ctx.deps, ctx.actor.workspaceId, datasetId) : undefined;
  if (!dataset) throw errors.notFound('not_found', 'Dataset not found.');
  if (!dataset.enableApi) throw errors.notPermitted('forbidden', 'Dataset api access is not enabled.');
  return next({ ctx: { ...ctx, dataset } });
});
