import { relatedApps } from '../../../services/datasets/related-apps';
import { authedProcedure } from '../../../trpc';
import { ZDatasetIdInput } from '../../dataset.schemas';
import { relatedAppsMeta, ZRelatedAppsResponse } from './related-apps.types';

export const relatedAppsProcedure = authedProcedure
  .meta(relatedAppsMeta)
  .input(ZDatasetIdInput)
  .output(ZRelatedAppsResponse)
  .query(({ ctx, input }) => relatedApps(ctx.deps, ctx.actor, input.dataset_id));
