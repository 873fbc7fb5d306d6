import { type AppDeps } from '../../deps';
import { requireModelType } from './catalog-lookup';
import { listModelsByType } from './models-by-type';

/** `GET /v1/models`: only models the workspace can call now. */
export async function listUsableModels(deps: AppDeps, workspaceId: string, input: { model_type?: string }) {
  const modelType = input.model_type ? requireModelType(input.model_type) : undefined;
  return { data: await listModelsByType(deps, workspaceId, modelType, ['active']) };
}
