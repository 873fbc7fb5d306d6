import { z } from 'zod';
import { ZRetrievalModel } from '../../../services/datasets/retrieval-model';
import { retrieve } from '../../../services/retrieval/retrieve';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

export const ZRetrieveRequest = ZDatasetIdInput.extend({
  query: z.string().nullish(),
  retrieval_model: ZRetrievalModel.nullish(),
  external_retrieval_model: z.record(z.string(), z.unknown()).nullish(),
  attachment_ids: z.array(z.string()).nullish(),
});
export const ZRetrieveResponse = z.object({ query: z.object({ content: z.string() }), records: z.array(z.looseObject({ score: z.number().nullable() })) });

const retrieveAt = (path: `/${string}`) =>
  datasetPathProcedure
    .meta(route({ method: 'POST', path, tags: ['Knowledge retrieval'], summary: 'Search a knowledge base: semantic, full-text or hybrid' }))
    .input(ZRetrieveRequest)
    .output(ZRetrieveResponse)
    .mutation(({ ctx, input }) => retrieve(ctx.deps, ctx.actor, ctx.dataset, input, 'hit_testing'));

export const retrieveProcedure = retrieveAt('/datasets/{dataset_id}/retrieve');
/** Dify's older name for the same handler. */
export const hitTestingProcedure = retrieveAt('/datasets/{dataset_id}/hit-testing');
