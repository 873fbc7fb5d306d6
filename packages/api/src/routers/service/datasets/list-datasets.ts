import { listDatasets } from '../../../services/datasets/dataset-crud';
import { ZListDatasetsRequest, ZListDatasetsResponse } from '../../dataset.schemas';
import { route } from '../../meta';
import { datasetKeyProcedure } from './dataset-key-procedure';

export const listDatasetsProcedure = datasetKeyProcedure
  .meta(route({ method: 'GET', path: '/datasets', tags: ['Knowledge'], summary: "List the workspace's knowledge bases, newest first" }))
  .input(ZListDatasetsRequest)
  .output(ZListDatasetsResponse)
  .query(({ ctx, input }) => listDatasets(ctx.deps, ctx.actor, input));
