import { isCurrentStyleTool, type TModelConfig } from '@tessera/app-engine';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { datasetStore } from '../../data/datasets/dataset-store';
import { canAccessDataset } from '../datasets/dataset-access';
import { ZMetadataFilteringConditions } from '../datasets/retrieval-model';

/**
 * The datasets an app answers from: the enabled entries of `dataset_configs.datasets.datasets`,
 * and the old-style `{"dataset": {"id", "enabled"}}` agent tools of apps made before knowledge had
 * its own section (Dify still reads both). Each id once, in the order configured.
 */
export function appDatasetIds(config: Pick<TModelConfig, 'dataset_configs' | 'agent_mode'>): string[] {
  const ids: string[] = [];
  for (const entry of config.dataset_configs.datasets?.datasets ?? []) {
    if (entry.dataset.enabled !== false) ids.push(entry.dataset.id);
  }
  for (const tool of config.agent_mode?.tools ?? []) {
    if (isCurrentStyleTool(tool)) continue;
    const legacy = (tool as Record<string, { enabled?: boolean; id?: string }>).dataset;
    if (legacy?.enabled && typeof legacy.id === 'string') ids.push(legacy.id);
  }
  return [...new Set(ids)];
}

/** Dify's wording for a dataset id that is not the workspace's (its config check raises a ValueError: 400). */
const missingDataset = () => errors.invalidParam('Dataset ID does not exist, please check your permission.', 'dataset_configs');

/** The variables of the app's input form. */
function formVariables(config: Pick<TModelConfig, 'user_input_form'>): string[] {
  return config.user_input_form.flatMap((item) => Object.values(item).flatMap((field) => (field?.variable ? [field.variable] : [])));
}

/**
 * Manual metadata conditions that do not parse would search unfiltered at query time, so a client
 * that meant to narrow retrieval is told when it saves them instead.
 */
function assertManualConditions(config: Pick<TModelConfig, 'dataset_configs'>): void {
  const configs = config.dataset_configs;
  if (configs.metadata_filtering_mode !== 'manual' || configs.metadata_filtering_conditions == null) return;
  const parsed = ZMetadataFilteringConditions.safeParse(configs.metadata_filtering_conditions);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = ['metadata_filtering_conditions', ...issue.path].join('.');
    throw errors.invalidParam(`${at}: ${issue.message}`, 'dataset_configs');
  }
}

/**
 * What saving (or debugging) a configuration checks beyond its shape: every dataset is one of the
 * workspace's that the operator may read (the same answer for both, so a dataset's existence does
 * not leak), manual metadata conditions are well formed, and a completion app's query variable is
 * a field of its input form.
 */
export async function assertAppDatasets(deps: AppDeps, actor: Actor, mode: string, config: TModelConfig): Promise<void> {
  assertManualConditions(config);
  const ids = appDatasetIds(config);
  const store = datasetStore(deps.db, actor.workspaceId);
  for (const id of ids) {
    const dataset = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await store.find(id) : undefined;
    if (!dataset || !(await canAccessDataset(deps, actor, dataset))) throw missingDataset();
  }
  const variable = config.dataset_query_variable;
  if (mode === 'completion' && ids.length > 0 && variable && !formVariables(config).includes(variable)) {
    throw errors.invalidParam(`Dataset query variable ${variable} is not in the user input form`, 'dataset_query_variable');
  }
}
