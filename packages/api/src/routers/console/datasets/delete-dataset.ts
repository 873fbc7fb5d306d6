import { z } from 'zod';
import { deleteDataset } from '../../../services/datasets/dataset-crud';
import { authedProcedure } from '../../../trpc';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

export const deleteDatasetProcedure = authedProcedure
  .meta(route({ method: 'DELETE', path: '/datasets/{dataset_id}', tags: ['Knowledge'], summary: 'Delete a knowledge base with its documents and index', successDescription: 'Deleted (HTTP 204)' }))
  .input(ZDatasetIdInput)
  .output(z.void())
  .mutation(async ({ ctx, input }) => {
    await deleteDataset(ctx.deps, ctx.actor, input.dataset_id);
    ctx.response.setStatus(204);
  });
