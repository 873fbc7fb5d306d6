import { getDataset } from '../../../services/datasets/dataset-crud';
import { ZDataset, ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

export const getDatasetProcedure = datasetPathProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}', tags: ['Knowledge'], summary: 'A knowledge base' }))
  .input(ZDatasetIdInput)
  .output(ZDataset)
  .query(({ ctx, input }) => getDataset(ctx.deps, ctx.actor, input.dataset_id));
