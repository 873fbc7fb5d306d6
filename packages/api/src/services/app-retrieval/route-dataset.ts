import { type TModelConfig } from '@tessera/app-engine';
import { type Dataset } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { searchTerms } from '../retrieval/search-terms';

/** Dify's router prompt: the model only has to pick a tool. */
const ROUTER_SYSTEM_PROMPT = 'You are a helpful AI assistant.';

/** Dify's tool for a dataset in 'single' retrieval: named by its id, described by its description. */
const toolOf = (dataset: Dataset) => ({
  name: dataset.id,
  description: dataset.description || `useful for when you want to answer queries about the ${dataset.name}`,
  parameters: { type: 'object', properties: {}, required: [] },
});

/**
 * The fallback when no model can route: the dataset whose name and description share the most
 * words with the query (the first configured one on a tie), which needs no model call and is predictable.
 */
export function pickDataset(datasets: Dataset[], query: string): Dataset | undefined {
  const words = new Set(searchTerms(query));
  let best: Dataset | undefined;
  let bestScore = -1;
  for (const dataset of datasets) {
    const score = searchTerms(`${dataset.name} ${dataset.description ?? ''}`).filter((term) => words.has(term)).length;
    if (score > bestScore) [best, bestScore] = [dataset, score];
  }
  return best;
}

export interface RouteInput {
  app: { appId: string; workspaceId: string };
  config: Pick<TModelConfig, 'model'>;
  userId?: string;
}

/**
 * 'single' retrieval as Dify's function-call router does it: the app's model is offered one tool
 * per dataset and the tool it calls names the dataset to search; an answer that calls none means
 * none fits (nothing is searched, as in Dify). When the model cannot call tools, or the call
 * fails, the word-overlap choice above stands in, so a misconfigured or down model never leaves
 * the app without its knowledge. One dataset needs no choice.
 */
export async function routeDataset(deps: AppDeps, input: RouteInput, datasets: Dataset[], query: string): Promise<Dataset | undefined> {
  if (datasets.length <= 1) return datasets[0];
  const { provider, name } = input.config.model ?? {};
  if (!provider || !name) return pickDataset(datasets, query);
  try {
    const target = await resolveModelTarget(deps, input.app.workspaceId, { provider, model: name, modelType: 'llm' });
    if (!target.definition.features.some((feature) => feature === 'tool-call' || feature === 'multi-tool-call')) return pickDataset(datasets, query);
    const result = await deps.models.invokeLlm({
      target,
      messages: [
        { role: 'system', content: ROUTER_SYSTEM_PROMPT },
        { role: 'user', content: query },
      ],
      tools: datasets.map(toolOf),
      parameters: { temperature: 0 },
      caller: { workspaceId: input.app.workspaceId, type: 'app', id: input.app.appId, userId: input.userId },
    });
    const called = result.message.tool_calls[0]?.function.name;
    if (!called) return undefined;
    return datasets.find((dataset) => dataset.id === called) ?? pickDataset(datasets, query);
  } catch (error) {
    deps.logger.warn('dataset routing by model failed; choosing by words', {
      appId: input.app.appId,
      error: error instanceof Error ? error.message : String(error),
    });
    return pickDataset(datasets, query);
  }
}
