import { and, eq } from 'drizzle-orm';
import { type Dataset, datasetProcessRules, documentSegments, type UploadFile } from '@tessera/db';
import { type Actor } from '../../callers';
import { documentStore } from '../../data/datasets/document-store';
import { type AppDeps } from '../../deps';
import { uploadFilesStore } from '../../data/upload-files';
import { requestIndexing } from '../indexing/request-indexing';
import { checkKnowledgeConfig, newBatch, restartFields } from './add-document';
import { documentFields } from './document-fields';
import { assertAvailable, findDocument } from './document-ops';
import { type KnowledgeConfig } from './knowledge-config';
import { presentDocument } from './present-document';


/**
 * Update by text or file: a new source, name or rule re-indexes the document under a new batch.
 * Its old segments are marked `re_segment` until the split stage replaces them.
 */
export async function updateDocument(
  deps: AppDeps,
  actor: Actor,
  dataset: Dataset,
  documentId: string,
  input: { name?: string | null; file?: UploadFile | null; config: KnowledgeConfig },
) {
  const doc = await findDocument(deps, dataset, documentId);
  assertAvailable(doc);
  const checked = await checkKnowledgeConfig(deps, dataset, { ...input.config, doc_form: input.config.doc_form ?? doc.docForm }, false);
  let processRuleId = doc.processRuleId;
  if (checked.rule) {
    const [row] = await deps.db
      .insert(datasetProcessRules)
      .values({ workspaceId: dataset.workspaceId, datasetId: dataset.id, mode: checked.rule.mode as 'custom', rules: checked.rule.rules, createdBy: actor.accountId })
      .returning({ id: datasetProcessRules.id });
    processRuleId = row!.id;
  }
  const store = documentStore(deps.db, dataset.workspaceId);
  const batch = newBatch(deps.now());
  const reindex = Boolean(input.file) || Boolean(checked.rule);
  await store.update(doc.id, {
    ...(input.name ? { name: input.name } : {}),
    ...(input.file ? { dataSourceInfo: { upload_file_id: input.file.id } } : {}),
    ...(reindex ? { ...restartFields(), batch, processRuleId } : {}),
  });
  if (reindex) {
    await deps.db
      .update(documentSegments)
      .set({ status: 're_segment' })
      .where(and(eq(documentSegments.workspaceId, dataset.workspaceId), eq(documentSegments.documentId, doc.id)));
    await requestIndexing(deps, { workspaceId: dataset.workspaceId, datasetId: dataset.id, documentId: doc.id });
  }
  const updated = (await store.find(doc.id))!;
  const file = await uploadFilesStore(deps.db, dataset.workspaceId).find(String(updated.dataSourceInfo.upload_file_id ?? ''));
  return { document: presentDocument(updated, file, await documentFields(deps, dataset)), batch: reindex ? batch : updated.batch };
}
