import { type AppMode } from '@tessera/db';
import { isObject } from './model-config';

/** A draft workflow as stored on the app: the DSL's `workflow` section (§6.3). */
export type WorkflowDraft = Record<string, unknown>;

export function defaultWorkflowFeatures(): Record<string, unknown> {
  return {
    opening_statement: '',
    suggested_questions: [],
    suggested_questions_after_answer: { enabled: false },
    speech_to_text: { enabled: false },
    text_to_speech: { enabled: false, language: '', voice: '' },
    retriever_resource: { enabled: true },
    sensitive_word_avoidance: { enabled: false },
    file_upload: {
      enabled: false,
      allowed_file_types: ['image'],
      allowed_file_extensions: ['.JPG', '.JPEG', '.PNG', '.GIF', '.WEBP', '.SVG'],
      allowed_file_upload_methods: ['local_file', 'remote_url'],
      number_limits: 3,
      image: { enabled: false, number_limits: 3, transfer_methods: ['local_file', 'remote_url'] },
    },
  };
}

function node(id: string, type: string, title: string, x: number, extra: Record<string, unknown>) {
  return {
    id,
    type: 'custom',
    data: { type, title, desc: '', ...extra },
    position: { x, y: 245 },
    positionAbsolute: { x, y: 245 },
    sourcePosition: 'right',
    targetPosition: 'left',
    width: 244,
    height: 90,
  };
}

/**
 * The draft a new workflow app opens with: a Start node, and for advanced-chat an Answer node
 * fed by it. Node ids are epoch-millisecond strings, as the Dify editor makes them.
 */
export function defaultWorkflowDraft(mode: AppMode, now: Date): WorkflowDraft {
  const startId = String(now.getTime());
  const nodes: unknown[] = [node(startId, 'start', 'Start', 80, { variables: [] })];
  const edges: unknown[] = [];
  if (mode === 'advanced-chat') {
    const answerId = String(now.getTime() + 1);
    nodes.push(node(answerId, 'answer', 'Answer', 380, { answer: '', variables: [] }));
    edges.push({
      id: `${startId}-source-${answerId}-target`,
      source: startId,
      sourceHandle: 'source',
      target: answerId,
      targetHandle: 'target',
      type: 'custom',
      zIndex: 0,
      data: { sourceType: 'start', targetType: 'answer', isInIteration: false, isInLoop: false },
    });
  }
  return {
    graph: { nodes, edges, viewport: { x: 0, y: 0, zoom: 0.7 } },
    features: defaultWorkflowFeatures(),
    environment_variables: [],
    conversation_variables: [],
    rag_pipeline_variables: [],
  };
}

export function draftNodes(draft: WorkflowDraft | null | undefined): Record<string, unknown>[] {
  const graph = draft?.graph;
  if (!isObject(graph) || !Array.isArray(graph.nodes)) return [];
  return graph.nodes.filter(isObject);
}

/** Whether the draft starts from a trigger (webhook, schedule or plugin) node. */
export function hasTriggerNode(draft: WorkflowDraft | null | undefined): boolean {
  return draftNodes(draft).some((n) => isObject(n.data) && typeof n.data.type === 'string' && n.data.type.startsWith('trigger-'));
}
