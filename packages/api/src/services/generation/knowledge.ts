import { type Tool } from '@tessera/app-engine';
import { type AppDeps } from '../../deps';
import { appDatasetIds } from '../app-retrieval/app-datasets';
import { datasetTools } from '../app-retrieval/dataset-tools';
import { resourcesForMessage, retrieveForApp } from '../app-retrieval/retrieve-for-app';
import { type RunPlan } from './run-generation';

export interface RunKnowledge {
  /** The context block's text (chat and completion apps). */
  context?: string;
  /** The datasets as tools (agent apps). */
  tools?: Tool[];
  /** The citations for `message_end` and the message, once the run is over. */
  resources(messageId: string, createdAt: Date): Record<string, unknown>[];
}

const NONE: RunKnowledge = { resources: () => [] };

/**
 * What the app's knowledge adds to a run. Chat apps search for the user's query and completion apps
 * for the value of `dataset_query_variable`, before the model is called; agent apps get one tool per
 * dataset and search when the model asks. Citations are kept only when `retriever_resource` is on.
 */
export async function runKnowledge(deps: AppDeps, plan: RunPlan): Promise<RunKnowledge> {
  const { config, request } = plan;
  if (appDatasetIds(config).length === 0) return NONE;
  const base = { app: request.app, config, invokeFrom: request.invokeFrom, owner: request.owner };
  const cite = config.retriever_resource.enabled === true;
  const keep = (found: Record<string, unknown>[]) => (messageId: string, createdAt: Date) => (cite ? resourcesForMessage(found, messageId, createdAt) : []);
  if (request.app.mode === 'agent-chat') {
    const { tools, resources } = await datasetTools(deps, base);
    return { tools, resources: keep(resources) };
  }
  const query = request.app.mode === 'completion' ? String(plan.inputs[config.dataset_query_variable ?? ''] ?? '') : request.query;
  const found = await retrieveForApp(deps, { ...base, query });
  if (!found) return NONE;
  return { context: found.context || undefined, resources: keep(found.resources) };
}
