import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { findDefaultModel } from '../model-providers/default-models';
import { resolveModelTarget } from '../model-providers/model-resolver';

export interface EmbeddingChoice {
  provider: string;
  model: string;
}

const NO_EMBEDDING = 'No Embedding Model available. Please configure a valid provider in the Settings -> Model Provider.';
const NO_RERANK = 'No Rerank Model available. Please configure a valid provider in the Settings -> Model Provider.';

/**
 * The embedding model a high_quality dataset uses: the one named (which must be usable in the
 * workspace), else the workspace's default. Refused with Dify's 400 when there is none.
 */
export async function chooseEmbeddingModel(deps: AppDeps, workspaceId: string, provider?: string | null, model?: string | null): Promise<EmbeddingChoice> {
  if (provider && model) {
    try {
      const target = await resolveModelTarget(deps, workspaceId, { provider, model, modelType: 'text-embedding' });
      return { provider: target.provider, model: target.model };
    } catch {
      throw errors.invalidParam(NO_EMBEDDING);
    }
  }
  const choice = await findDefaultModel(deps, workspaceId, 'text-embedding');
  if (!choice) throw errors.invalidParam(NO_EMBEDDING);
  return { provider: choice.definition.provider, model: choice.model };
}

/** A rerank model named in retrieval settings must exist in the workspace (contract §3.1). */
export async function assertRerankModel(deps: AppDeps, workspaceId: string, provider?: string | null, model?: string | null): Promise<void> {
  if (!provider || !model) return;
  try {
    await resolveModelTarget(deps, workspaceId, { provider, model, modelType: 'rerank' });
  } catch {
    throw errors.invalidParam(NO_RERANK);
  }
}
