import { type Tool } from '@tessera/app-engine';
import { type AppDeps } from '../../deps';
import { datasetStore } from '../../data/datasets/dataset-store';
import { appDatasetIds } from './app-datasets';
import { type AppRetrievalInput, retrieveForApp } from './retrieve-for-app';

export interface DatasetTools {
  tools: Tool[];
  /** Every resource the tools retrieved during the run, in call order. */
  resources: Record<string, unknown>[];
}

/** Dify's tool name for a dataset: `dataset_` and the id with underscores. */
export const datasetToolName = (datasetId: string) => `dataset_${datasetId.replaceAll('-', '_')}`;

/**
 * An agent app's knowledge, as Dify gives it to agents: one tool per dataset, which the model calls
 * with a query of its own choosing and which answers with the retrieved text. The citations of every
 * call are collected for the message.
 */
export async function datasetTools(deps: AppDeps, base: Omit<AppRetrievalInput, 'query' | 'onlyDatasetIds'>): Promise<DatasetTools> {
  const store = datasetStore(deps.db, base.app.workspaceId);
  const resources: Record<string, unknown>[] = [];
  const tools: Tool[] = [];
  for (const id of appDatasetIds(base.config)) {
    const dataset = await store.find(id);
    if (!dataset) continue;
    tools.push({
      name: datasetToolName(dataset.id),
      author: 'dataset',
      label: { en_US: dataset.name, zh_Hans: dataset.name },
      description: { human: { en_US: dataset.name }, llm: dataset.description || `useful for when you want to answer queries about the ${dataset.name}` },
      parameters: [
        {
          name: 'query',
          label: { en_US: 'Query', zh_Hans: '查询' },
          llm_description: 'Query for the dataset to be used to retrieve the dataset.',
          type: 'string',
          form: 'llm',
          required: true,
        },
      ],
      async invoke(args) {
        const query = typeof args.query === 'string' ? args.query : '';
        const found = await retrieveForApp(deps, { ...base, query, onlyDatasetIds: [dataset.id] });
        if (!found) return '';
        resources.push(...found.resources);
        return found.context;
      },
    });
  }
  return { tools, resources };
}
