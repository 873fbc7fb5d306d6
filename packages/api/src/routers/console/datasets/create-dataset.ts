import { createDataset } from '../../../services/datasets/dataset-crud';
import { authedProcedure } from '../../../trpc';
import { ZCreateDatasetRequest, ZDataset } from '../../dataset.schemas';
import { route } from '../../meta';

export const createDatasetProcedure = authedProcedure
  .meta(route({ method: 'POST', path: '/datasets', tags: ['Knowledge'], summary: 'Create an empty knowledge base', successDescription: 'Created (HTTP 201)' }))
  .input(ZCreateDatasetRequest)
  .output(ZDataset)
  .mutation(async ({ ctx, input }) => {
    const dataset = await createDataset(ctx.deps, ctx.actor, input);
    ctx.response.setStatus(201);
    return dataset;
  });
