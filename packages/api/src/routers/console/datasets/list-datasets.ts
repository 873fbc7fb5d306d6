import { listDatasets } from '../../../services/datasets/dataset-crud';
import { authedProcedure } from '../../../trpc';
import { ZListDatasetsRequest, ZListDatasetsResponse } from '../../dataset.schemas';
import { route } from '../../meta';

export const listDatasetsProcedure = authedProcedure
  .meta(route({ method: 'GET', path: '/datasets', tags: ['Knowledge'], summary: 'List the knowledge bases the member may see, newest first' }))
  .input(ZListDatasetsRequest)
  .output(ZListDatasetsResponse)
  .query(({ ctx, input }) => listDatasets(ctx.deps, ctx.actor, input));
