import { createDataset } from '../../../services/datasets/dataset-crud';
import { ZCreateDatasetRequest, ZDataset } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetKeyProcedure } from './dataset-key-procedure';

export const createDatasetProcedure = datasetKeyProcedure
  .meta(route({ method: 'POST', path: '/datasets', tags: ['Knowledge'], summary: 'Create an empty knowledge base' }))
  .input(ZCreateDatasetRequest)
  .output(ZDataset)
  .mutation(({ ctx, input }) => createDataset(ctx.deps, ctx.actor, input));
