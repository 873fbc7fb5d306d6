import { type Dataset } from '@tessera/db';
import { type AppDeps } from '../../deps';
import { metadataFieldStore } from '../../data/datasets/metadata-field-store';
import { BUILT_IN_FIELDS } from '../datasets/built-in-fields';
import { type MetadataFilteringConditions } from '../datasets/retrieval-model';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { conditionsFromAnswer, type MetadataFieldInfo, OPERATORS_BY_TYPE } from './metadata-filter-answer';

/** The fields the searched datasets can be filtered on: their custom fields and, where switched on, the built-ins. */
async function filterableFields(deps: AppDeps, workspaceId: string, datasets: Dataset[]): Promise<MetadataFieldInfo[]> {
  const custom = await metadataFieldStore(deps.db, workspaceId).namesAndTypes(datasets.map((dataset) => dataset.id));
  const builtIn = datasets.some((dataset) => dataset.builtInFieldEnabled) ? BUILT_IN_FIELDS : [];
  const byName = new Map<string, MetadataFieldInfo>();
  for (const field of [...custom, ...builtIn]) if (!byName.has(field.name)) byName.set(field.name, { name: field.name, type: field.type });
  return [...byName.values()];
}

const INSTRUCTIONS = [
  'You turn a search question into filters on document metadata.',
  'You get the question and the metadata fields (name, type, and the comparison operators each type allows).',
  'Only filter when the question clearly names a value of a field; use only the listed fields and operators.',
  'Times are Unix timestamps in seconds.',
  'Answer with JSON only, no prose: {"metadata_map": [{"metadata_field_name": "...", "metadata_field_value": "...", "comparison_operator": "..."}]}.',
  'Answer {"metadata_map": []} when no filter applies.',
].join('\n');

function questionFor(query: string, fields: MetadataFieldInfo[]): string {
  const metadata_fields = fields.map((field) => ({ name: field.name, type: field.type, operators: OPERATORS_BY_TYPE[field.type] }));
  return JSON.stringify({ query, metadata_fields });
}

export interface AutomaticFilterInput {
  app: { appId: string; workspaceId: string };
  /** Dify's `metadata_model_config`: provider, name, completion_params. */
  modelConfig: Record<string, unknown> | null | undefined;
  userId?: string;
}

/**
 * Dify's automatic metadata filtering: the configured model reads the query and the datasets'
 * metadata fields and proposes conditions, which are checked (see conditionsFromAnswer) and then
 * applied like manual ones. No model, no fields, a failed call or an unreadable answer all mean no
 * filter: retrieval goes on unfiltered rather than failing the app's answer.
 */
export async function automaticMetadataConditions(deps: AppDeps, input: AutomaticFilterInput, datasets: Dataset[], query: string): Promise<MetadataFilteringConditions | null> {
  const provider = typeof input.modelConfig?.provider === 'string' ? input.modelConfig.provider : '';
  const name = typeof input.modelConfig?.name === 'string' ? input.modelConfig.name : '';
  if (!provider || !name) return null;
  const fields = await filterableFields(deps, input.app.workspaceId, datasets);
  if (fields.length === 0) return null;
  try {
    const target = await resolveModelTarget(deps, input.app.workspaceId, { provider, model: name, modelType: 'llm' });
    const params = input.modelConfig?.completion_params;
    const result = await deps.models.invokeLlm({
      target,
      messages: [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: questionFor(query, fields) },
      ],
      parameters: { ...(params && typeof params === 'object' ? params : {}), temperature: 0 },
      caller: { workspaceId: input.app.workspaceId, type: 'app', id: input.app.appId, userId: input.userId },
    });
    return conditionsFromAnswer(result.message.content, fields);
  } catch (error) {
    deps.logger.warn('automatic metadata filtering failed; searching unfiltered', {
      appId: input.app.appId,
      error: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
}
