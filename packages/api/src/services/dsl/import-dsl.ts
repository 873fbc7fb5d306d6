import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parse, YAMLError } from 'yaml';
import { type App, type AppMode, apps, CREATABLE_APP_MODES, ICON_TYPES, type IconType, type Transaction } from '@tessera/db';
import { type Actor } from '../../callers';
import { insertAppWithSite } from '../apps/app-rows';
import { isWorkspaceFile } from '../apps/icon';
import { isObject, isPromptMode, normaliseModelConfig } from '../apps/model-config';
import { draftNodes, type WorkflowDraft } from '../apps/workflow-draft';
import { decryptDatasetId } from './dataset-ids';
import { checkVersionCompatibility, type ImportStatus } from './version';

/** A DSL the importer cannot use; its message is what Dify reports as the import's `error`. */
export class DslError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DslError';
  }
}

export interface ParsedDsl {
  data: Record<string, unknown>;
  importedVersion: string;
  /** From the version alone; `failed` here still lets the app be created, as Dify does. */
  status: ImportStatus;
}

/** Reads DSL YAML: a mapping with an `app` section; a missing version is 0.1.0 and `kind` is always app. */
export function parseDsl(content: string): ParsedDsl {
  let data: unknown;
  try {
    data = parse(content);
  } catch (error) {
    throw new DslError(`Invalid YAML format: ${error instanceof YAMLError ? error.message : String(error)}`);
  }
  if (!isObject(data)) throw new DslError('Invalid YAML format: content must be a mapping');
  if (!data.version) data.version = '0.1.0';
  data.kind = 'app';
  if (typeof data.version !== 'string') throw new DslError(`Invalid version type, expected str, got ${typeof data.version}`);
  if (!isObject(data.app)) throw new DslError('Missing app data in YAML content');
  return { data, importedVersion: data.version, status: checkVersionCompatibility(data.version) };
}

export interface DslOverrides {
  name?: string | null;
  description?: string | null;
  icon_type?: IconType | null;
  icon?: string | null;
  icon_background?: string | null;
}

const VALUE_TYPES = new Set([
  'string', 'secret', 'number', 'integer', 'float', 'boolean', 'object',
  'array[string]', 'array[number]', 'array[object]', 'array[boolean]',
]);
const MAX_VARIABLE_SIZE = 200 * 1024;

function valueFits(type: string, value: unknown): boolean {
  if (type === 'string' || type === 'secret') return typeof value === 'string';
  if (type === 'number' || type === 'integer' || type === 'float') return typeof value === 'number';
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'object') return isObject(value);
  return Array.isArray(value);
}

/** Environment and conversation variables: a known value type, a value of that type, at most 200 KB. */
function readVariables(raw: unknown, scope: 'env' | 'conversation'): Record<string, unknown>[] {
  if (raw == null) return [];
  const label = scope === 'env' ? 'environment variable' : 'conversation variable';
  if (!Array.isArray(raw)) throw new DslError(`${label}s must be a list`);
  return raw.map((item) => {
    if (!isObject(item) || typeof item.name !== 'string' || !item.name) throw new DslError(`Every ${label} needs a name`);
    const type = String(item.value_type ?? '');
    if (!VALUE_TYPES.has(type)) throw new DslError(`${label} "${item.name}": unsupported value_type "${type}"`);
    if (!('value' in item) || item.value === null) throw new DslError(`${label} "${item.name}": missing value`);
    if (!valueFits(type, item.value)) throw new DslError(`${label} "${item.name}": value is not of type ${type}`);
    if (JSON.stringify(item.value).length > MAX_VARIABLE_SIZE) throw new DslError(`${label} "${item.name}": value is too large`);
    return {
      ...item,
      id: typeof item.id === 'string' && item.id ? item.id : randomUUID(),
      description: typeof item.description === 'string' ? item.description : '',
      selector: [scope, item.name],
    };
  });
}

function readWorkflow(raw: unknown, workspaceId: string): WorkflowDraft {
  if (!isObject(raw)) throw new DslError('Missing workflow data for workflow/advanced chat app');
  const graph = isObject(raw.graph) ? structuredClone(raw.graph) : { nodes: [], edges: [] };
  const draft: WorkflowDraft = {
    graph,
    features: isObject(raw.features) ? structuredClone(raw.features) : {},
    environment_variables: readVariables(raw.environment_variables, 'env'),
    conversation_variables: readVariables(raw.conversation_variables, 'conversation'),
    rag_pipeline_variables: Array.isArray(raw.rag_pipeline_variables) ? structuredClone(raw.rag_pipeline_variables) : [],
  };
  for (const node of draftNodes(draft)) {
    const data = node.data;
    if (isObject(data) && data.type === 'knowledge-retrieval' && Array.isArray(data.dataset_ids)) {
      data.dataset_ids = data.dataset_ids
        .map((id) => decryptDatasetId(String(id), workspaceId))
        .filter((id): id is string => id !== null);
    }
  }
  return draft;
}

function readMode(appData: Record<string, unknown>): AppMode {
  const mode = appData.mode;
  if (!mode) throw new DslError('loss app mode');
  if (!(CREATABLE_APP_MODES as readonly unknown[]).includes(mode)) throw new DslError(`Invalid app mode: ${String(mode)}`);
  return mode as AppMode;
}

/**
 * Creates an app from a parsed DSL (or, with `target`, overwrites a workflow app's draft and
 * look), inside the caller's transaction. Request overrides win over the DSL's app section.
 */
export async function importDsl(tx: Transaction, actor: Actor, parsed: ParsedDsl, overrides: DslOverrides = {}, target?: App): Promise<App> {
  const appData = parsed.data.app as Record<string, unknown>;
  const mode = readMode(appData);
  const prompt = isPromptMode(mode);
  if (target && (prompt || isPromptMode(target.mode))) throw new DslError('Only workflow or advanced chat apps can be overwritten');
  const modelConfig = prompt ? readModelConfig(parsed.data.model_config) : null;
  const workflowDraft = prompt ? null : readWorkflow(parsed.data.workflow, actor.workspaceId);

  const requestedType = overrides.icon_type || appData.icon_type;
  let iconType: IconType = (ICON_TYPES as readonly unknown[]).includes(requestedType) ? (requestedType as IconType) : 'emoji';
  let icon = overrides.icon || String(appData.icon ?? '') || '🤖';
  if (iconType === 'image' && !(await isWorkspaceFile(tx, actor.workspaceId, icon))) {
    iconType = 'emoji';
    icon = '🤖';
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

  if (target) {
    const [updated] = await tx
      .update(apps)
      .set({
        name: overrides.name || text(appData.name) || target.name,
        description: overrides.description || text(appData.description) || target.description,
        iconType,
        icon,
        iconBackground: overrides.icon_background || text(appData.icon_background) || target.iconBackground,
        workflowDraft,
        updatedBy: actor.accountId,
      })
      .where(and(eq(apps.id, target.id), eq(apps.workspaceId, actor.workspaceId)))
      .returning();
    if (!updated) throw new DslError('App not found');
    return updated;
  }
  const { app } = await insertAppWithSite(tx, actor, {
    name: overrides.name || text(appData.name),
    description: overrides.description || text(appData.description),
    mode,
    iconType,
    icon,
    iconBackground: overrides.icon_background || text(appData.icon_background) || '#FFFFFF',
    useIconAsAnswerIcon: appData.use_icon_as_answer_icon === true,
    modelConfig,
    workflowDraft,
  });
  return app;
}

function readModelConfig(raw: unknown) {
  if (!isObject(raw)) throw new DslError('Missing model_config for chat/agent-chat/completion app');
  return normaliseModelConfig(raw);
}
