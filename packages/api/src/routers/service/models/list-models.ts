import { appKeyProcedure } from '../../../auth/app-key';
import { listUsableModels } from '../../../services/model-providers/usable-models';
import { listModelsMeta, ZListModelsRequest, ZListModelsResponse } from './list-models.types';

export const listModelsProcedure = appKeyProcedure
  .meta(listModelsMeta)
  .input(ZListModelsRequest)
  .output(ZListModelsResponse)
  .query(({ ctx, input }) => listUsableModels(ctx.deps, ctx.app.workspaceId, input));
