import { randomInt } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { type Dataset, datasetProcessRules, type DocForm, type UploadFile } from '@tessera/db';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { chooseEmbeddingModel, type EmbeddingChoice } from '../datasets/embedding-model';
import { DEFAULT_RETRIEVAL_MODEL } from '../datasets/retrieval-model';
import { checkProcessRule } from '../indexing/process-rule';
import { requestIndexing } from '../indexing/request-indexing';
import { uploadFilesStore } from '../../data/upload-files';
import { storeUpload } from '../files/upload-file';
import { isDocForm, type KnowledgeConfig } from './knowledge-config';
import { presentDocument } from './present-document';
import { documentFields } from './document-fields';

/** Dify's batch id: the time to the second and six random digits. */
export function newBatch(now: Date): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${stamp}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

export interface CheckedConfig {
  technique: 'high_quality' | 'economy';
  docForm: DocForm;
  embedding: EmbeddingChoice | null;
  /** A new rule to store, or null to use the dataset's latest one. */
  rule: { mode: string; rules: Record<string, unknown> | null } | null;
}

/**
 * Everything a document request can be refused for, checked before anything is written: the
 * technique, the form, the model, the processing rule with its chunk-size limits.
 */
export async function checkKnowledgeConfig(deps: AppDeps, dataset: Dataset, config: KnowledgeConfig, ruleRequired: boolean): Promise<CheckedConfig> {
  const technique = dataset.indexingTechnique ?? config.indexing_technique;
  if (!technique) throw errors.invalidParam('indexing_technique is required.');
  const docForm = config.doc_form ?? dataset.chunkStructure ?? 'text_model';
  if (!isDocForm(docForm)) throw errors.invalidParam('Invalid doc_form.');
  if (dataset.chunkStructure && docForm !== dataset.chunkStructure) throw errors.invalidParam('doc_form is different from the dataset doc_form.');
  let embedding: EmbeddingChoice | null = null;
  if (technique === 'high_quality') {
    try {
      embedding = dataset.embeddingModel
        ? await chooseEmbeddingModel(deps, dataset.workspaceId, dataset.embeddingModelProvider, dataset.embeddingModel)
        : await chooseEmbeddingModel(deps, dataset.workspaceId, config.embedding_model_provider, config.embedding_model);
    } catch (error) {
      throw errors.badRequest('provider_not_initialize', (error as Error).message);
    }
  }
  if (config.process_rule) {
    checkProcessRule(config.process_rule);
    return { technique, docForm, embedding, rule: { mode: config.process_rule.mode, rules: (config.process_rule.rules ?? null) as Record<string, unknown> | null } };
  }
  if (ruleRequired && !(await latestRuleId(deps, dataset))) throw errors.invalidParam('process_rule is required.');
  return { technique, docForm, embedding, rule: null };
}

async function latestRuleId(deps: AppDeps, dataset: Dataset): Promise<string | null> {
  const [row] = await deps.db
    .select({ id: datasetProcessRules.id })
    .from(datasetProcessRules)
    .where(and(eq(datasetProcessRules.workspaceId, dataset.workspaceId), eq(datasetProcessRules.datasetId, dataset.id)))
    .orderBy(desc(datasetProcessRules.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** The rule row a document is processed with: a new one from the request, the latest, or automatic. */
async function ruleFor(deps: AppDeps, actor: Actor, dataset: Dataset, checked: CheckedConfig): Promise<string> {
  const latest = checked.rule ? null : await latestRuleId(deps, dataset);
  if (latest) return latest;
  const rule = checked.rule ?? { mode: 'automatic', rules: null };
  const [row] = await deps.db
    .insert(datasetProcessRules)
    .values({ workspaceId: dataset.workspaceId, datasetId: dataset.id, mode: rule.mode as 'automatic', rules: rule.rules, createdBy: actor.accountId })
    .returning({ id: datasetProcessRules.id });
  return row!.id;
}

/** Stores text as the `.txt` upload a text document is made from. */
export function storeText(deps: AppDeps, actor: Actor, name: string, text: string): Promise<UploadFile> {
  const base = name.slice(0, 200);
  return storeUpload(
    deps,
    { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
    { filename: base.toLowerCase().endsWith('.txt') ? base : `${base}.txt`, data: new TextEncoder().encode(text), mimeType: 'text/plain', source: 'datasets' },
  );
}

/**
 * Adds a document for an uploaded file and starts indexing it. The first document fixes the
 * dataset's technique, form and models. With `duplicate` (the default) an enabled document of the
 * same name is re-indexed from the new file instead of a second one being made.
 */
export async function addDocument(
  deps: AppDeps,
  actor: Actor,
  dataset: Dataset,
  input: {
    name: string;
    file: UploadFile;
    checked: CheckedConfig;
    config: KnowledgeConfig;
    createdFrom: 'web' | 'api';
    /** Documents made together share one batch. */
    batch?: string;
    /** Where the file came from when it is not an upload: its type and what data_source_info keeps besides the file. */
    source?: { type: string; info: Record<string, unknown> };
  },
) {
  const { checked, config } = input;
  const datasets = datasetStore(deps.db, actor.workspaceId);
  if (!dataset.indexingTechnique || !dataset.chunkStructure) {
    await datasets.update(dataset.id, {
      indexingTechnique: checked.technique,
      chunkStructure: checked.docForm,
      dataSourceType: dataset.dataSourceType ?? input.source?.type ?? 'upload_file',
      ...(checked.embedding && !dataset.embeddingModel ? { embeddingModel: checked.embedding.model, embeddingModelProvider: checked.embedding.provider } : {}),
      ...(!dataset.retrievalModel ? { retrievalModel: config.retrieval_model ?? DEFAULT_RETRIEVAL_MODEL } : {}),
    });
  }
  const processRuleId = await ruleFor(deps, actor, dataset, checked);
  const documents = documentStore(deps.db, actor.workspaceId);
  const batch = input.batch ?? newBatch(deps.now());
  const sourceType = input.source?.type ?? 'upload_file';
  const dataSourceInfo = { ...input.source?.info, upload_file_id: input.file.id };
  const existing = config.duplicate === false ? undefined : await documents.findByName(dataset.id, input.name);
  let documentId: string;
  if (existing && existing.dataSourceType === sourceType) {
    await documents.update(existing.id, { ...restartFields(), dataSourceInfo, batch, processRuleId });
    documentId = existing.id;
  } else {
    const doc = await documents.insert({
      datasetId: dataset.id,
      position: await documents.nextPosition(dataset.id),
      dataSourceType: sourceType,
      dataSourceInfo,
      processRuleId,
      batch,
      name: input.name,
      createdFrom: input.createdFrom,
      createdBy: actor.accountId,
      docForm: checked.docForm,
      docLanguage: config.doc_language ?? 'English',
    });
    documentId = doc.id;
  }
  await requestIndexing(deps, { workspaceId: actor.workspaceId, datasetId: dataset.id, documentId });
  const doc = (await documents.find(documentId))!;
  const file = await uploadFilesStore(deps.db, actor.workspaceId).find(input.file.id);
  return { document: presentDocument(doc, file, await documentFields(deps, dataset)), batch };
}

/** What a re-run resets: the status, every stage time, the error and the pause. */
export function restartFields() {
  return {
    indexingStatus: 'waiting' as const,
    processingStartedAt: null,
    parsingCompletedAt: null,
    cleaningCompletedAt: null,
    splittingCompletedAt: null,
    completedAt: null,
    error: null,
    stoppedAt: null,
    isPaused: false,
    pausedAt: null,
    pausedBy: null,
  };
}
