import { updateDataset } from '../../../services/datasets/dataset-crud';
import { ZDataset, ZUpdateDatasetRequest } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetPathProcedure } from './dataset-key-procedure';

export const updateDatasetProcedure = datasetPathProcedure
  .meta(route({ method: 'PATCH', path: '/datasets/{dataset_id}', tags: ['Knowledge'], summary: 'Change the keys sent: name, permission, models, retrieval' }))
  .input(ZUpdateDatasetRequest)
  .output(ZDataset)
  .mutation(({ ctx, input: { dataset_id, ...input } }) => updateDataset(ctx.deps, ctx.actor, dataset_id, input));
