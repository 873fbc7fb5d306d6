import { getDataset } from '../../../services/datasets/dataset-crud';
import { authedProcedure } from '../../../trpc';
import { ZDataset, ZDatasetIdInput } from '../../dataset.schemas';
import { route } from '../../meta';

export const getDatasetProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets/{dataset_id}', tags: ['Knowledge'], summary: 'A knowledge base the member may see' }))
  .input(ZDatasetIdInput)
  .output(ZDataset)
  .query(({ ctx, input }) => getDataset(ctx.deps, ctx.actor, input.dataset_id));
