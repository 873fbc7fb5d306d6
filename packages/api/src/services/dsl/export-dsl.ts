import { stringify } from 'yaml';
import { type App } from '@tessera/db';
import { errors } from '../../errors';
import { isObject, isPromptMode, normaliseModelConfig } from '../apps/model-config';
import { draftNodes } from '../apps/workflow-draft';
import { encryptDatasetId } from './dataset-ids';
import { CURRENT_DSL_VERSION } from './version';

export interface ExportOptions {
  /** Keeps secret environment values and tool credential ids (copying within the workspace). */
  includeSecret: boolean;
}

const SCHEDULE_DEFAULT_CONFIG = {
  mode: 'visual',
  frequency: 'daily',
  visual_config: { time: '12:00 AM', on_minute: 0, weekdays: ['sun'], monthly_days: [1] },
  timezone: 'UTC',
};

const FILE_VARIABLE_TYPES = new Set(['file', 'file-list']);
const LOCAL_FILE_KEYS = ['upload_file_id', 'uploadedId'];

/** File defaults that point at this workspace's uploads mean nothing elsewhere; drop them. */
function sanitiseFileDefault(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.map(sanitiseFileDefault).filter((v) => v !== undefined);
    return kept.length ? kept : undefined;
  }
  if (!isObject(value)) return value;
  const method = value.transfer_method ?? value.transferMethod;
  if (method === 'local_file' || LOCAL_FILE_KEYS.some((k) => k in value)) return undefined;
  return value;
}

function stripFromTools(tools: unknown): void {
  if (!Array.isArray(tools)) return;
  for (const tool of tools) if (isObject(tool)) delete tool.credential_id;
}

/** Workspace-bound values leave the graph: dataset ids are encrypted, credentials and trigger endpoints cleared. */
function prepareNodes(workflow: Record<string, unknown>, workspaceId: string, includeSecret: boolean): void {
  for (const node of draftNodes(workflow)) {
    const data = node.data;
    if (!isObject(data)) continue;
    if (Array.isArray(data.variables)) {
      for (const variable of data.variables) {
        if (!isObject(variable) || !FILE_VARIABLE_TYPES.has(String(variable.type)) || !('default' in variable)) continue;
        const kept = sanitiseFileDefault(variable.default);
        if (kept === undefined) delete variable.default;
        else variable.default = kept;
      }
    }
    switch (data.type) {
      case 'knowledge-retrieval':
        if (Array.isArray(data.dataset_ids)) data.dataset_ids = data.dataset_ids.map((id) => encryptDatasetId(String(id), workspaceId));
        break;
      case 'tool':
        if (!includeSecret) delete data.credential_id;
        break;
      case 'agent': {
        const tools = isObject(data.agent_parameters) && isObject(data.agent_parameters.tools) ? data.agent_parameters.tools.value : undefined;
        if (!includeSecret) stripFromTools(tools);
        break;
      }
      case 'trigger-schedule':
        data.config = structuredClone(SCHEDULE_DEFAULT_CONFIG);
        break;
      case 'trigger-webhook':
        data.webhook_url = '';
        data.webhook_debug_url = '';
        break;
      case 'trigger-plugin':
        data.subscription_id = '';
        break;
    }
  }
}

function workflowSection(app: App, includeSecret: boolean): Record<string, unknown> {
  if (!app.workflowDraft) throw errors.invalidParam('Missing draft workflow configuration, please check.');
  const draft = structuredClone(app.workflowDraft);
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const environment = list(draft.environment_variables).map((variable) =>
    !includeSecret && isObject(variable) && variable.value_type === 'secret' ? { ...variable, value: '' } : variable,
  );
  const workflow: Record<string, unknown> = {
    graph: isObject(draft.graph) ? draft.graph : { nodes: [], edges: [] },
    features: isObject(draft.features) ? draft.features : {},
    environment_variables: environment,
    conversation_variables: list(draft.conversation_variables),
    rag_pipeline_variables: list(draft.rag_pipeline_variables),
  };
  prepareNodes(workflow, app.workspaceId, includeSecret);
  return workflow;
}

/**
 * The app as DSL 0.5.0 YAML (contract §6.1). Image icons name a workspace upload, so they are
 * exported as the default emoji; keys are sorted as Dify's exporter writes them.
 */
export function exportAppDsl(app: App, options: ExportOptions): string {
  const image = app.iconType === 'image';
  const document: Record<string, unknown> = {
    version: CURRENT_DSL_VERSION,
    kind: 'app',
    app: {
      name: app.name,
      mode: app.mode,
      icon: image ? '🤖' : app.icon,
      icon_background: image ? '#FFEAD5' : app.iconBackground,
      description: app.description,
      use_icon_as_answer_icon: app.useIconAsAnswerIcon,
    },
  };
  if (isPromptMode(app.mode)) {
    if (!app.modelConfig) throw errors.invalidParam('Missing app configuration, please check.');
    const config = normaliseModelConfig(app.modelConfig);
    if (!options.includeSecret && isObject(config.agent_mode)) stripFromTools(config.agent_mode.tools);
    document.model_config = config;
  } else {
    document.workflow = workflowSection(app, options.includeSecret);
  }
  // Plugin dependencies: Tessera's model providers and tools are built in, so none are needed.
  document.dependencies = [];
  return stringify(document, { sortMapEntries: true, lineWidth: 0 });
}
