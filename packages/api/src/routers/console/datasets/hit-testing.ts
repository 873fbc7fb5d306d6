import { z } from 'zod';
import { readableDataset } from '../../../services/datasets/dataset-access';
import { listQueries } from '../../../services/retrieval/query-history';
import { retrieve } from '../../../services/retrieval/retrieve';
import { authedProcedure } from '../../../trpc';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { ZRetrieveRequest, ZRetrieveResponse } from '../../service/datasets/retrieve';

export const hitTestingProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets/{dataset_id}/hit-testing', tags: ['Knowledge retrieval'], summary: 'Test retrieval; each test joins the history' }))
  .input(ZRetrieveRequest)
  .output(ZRetrieveResponse)
  .mutation(async ({ ctx, input }) => retrieve(ctx.deps, ctx.actor, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input, 'hit_testing'));

export const listQueriesProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}/queries', tags: ['Knowledge retrieval'], summary: 'The retrieval history, newest first' }))
  .input(ZDatasetIdInput.extend({ page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().min(1).max(100).default(20) }))
  .output(
    z.object({
      data: z.array(z.looseObject({ id: z.string(), source: z.string(), created_at: z.number().int() })),
      has_more: z.boolean(),
      limit: z.number().int(),
      total: z.number().int(),
      page: z.number().int(),
    }),
  )
  .query(async ({ ctx, input }) => listQueries(ctx.deps, await readableDataset(ctx.deps, ctx.actor, input.dataset_id), input));
