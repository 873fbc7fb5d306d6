import { z } from 'zod';
import { type Dataset, type UploadFile } from '@tessera/db';
import { isDocumentExtension } from '@tessera/extract';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { uploadFilesStore } from '../../data/upload-files';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { websiteCrawlStore } from '../../data/website-crawls';
import { UUID, zId } from '../../validation';
import { assertRole, DATASET_EDITING_ROLES } from '../authz';
import { viewDataset } from '../datasets/dataset-crud';
import { addDocument, checkKnowledgeConfig, newBatch } from './add-document';
import { ZKnowledgeConfig } from './knowledge-config';
import { updateDocument } from './update-document';
import { addWebsiteDocuments, type WebsiteInfoList, ZWebsiteInfoList } from './website-source';

/** Dify's console `info_list`: where the documents come from (uploaded files or pages of a website crawl). */
export const ZInfoList = z.object({
  data_source_type: z.string(),
  file_info_list: z.object({ file_ids: z.array(zId).min(1).max(50) }).nullish(),
  website_info_list: ZWebsiteInfoList.nullish(),
});

type InfoList = z.infer<typeof ZInfoList>;

/** The `website_info_list` of a website-crawl source; undefined for other sources. */
function websitePages(infoList: InfoList | null | undefined): WebsiteInfoList | undefined {
  if (infoList?.data_source_type !== 'website_crawl') return undefined;
  if (!infoList.website_info_list) throw errors.invalidParam('website_info_list is required.', 'website_info_list');
  return infoList.website_info_list;
}

/** Dify's console KnowledgeConfig: the document config plus its data source. */
export const ZConsoleKnowledgeConfig = ZKnowledgeConfig.extend({
  data_source: z.object({ type: z.string().optional(), info_list: ZInfoList }).nullish(),
  /** Re-process this document with the request's rule instead of adding documents. */
  original_document_id: zId.nullish(),
});
export type ConsoleKnowledgeConfig = z.infer<typeof ZConsoleKnowledgeConfig>;

/** The workspace's uploads an `info_list` names, in its order; 404 for any it does not own. */
export async function uploadedFilesOf(deps: AppDeps, workspaceId: string, infoList: z.infer<typeof ZInfoList> | null | undefined): Promise<UploadFile[]> {
  if (!infoList) throw errors.invalidParam('data_source is required.', 'data_source');
  if (infoList.data_source_type !== 'upload_file') throw errors.invalidParam(`Unsupported data source type: ${infoList.data_source_type}.`, 'data_source_type');
  const ids = infoList.file_info_list?.file_ids ?? [];
  if (ids.length === 0) throw errors.invalidParam('file_ids is required.', 'file_ids');
  const store = uploadFilesStore(deps.db, workspaceId);
  const files: UploadFile[] = [];
  for (const id of ids) {
    const file = await store.find(id);
    if (!file) throw errors.notFound('not_found', 'File not found.');
    if (!isDocumentExtension(file.extension)) throw errors.unsupportedMediaType('unsupported_file_type', 'File type not allowed.');
    files.push(file);
  }
  return files;
}

/**
 * `POST /datasets/{id}/documents`: one document per uploaded file, all in one batch whose progress
 * the console polls; the first document fixes the dataset's technique, form and models.
 */
export async function createDocuments(deps: AppDeps, actor: Actor, dataset: Dataset, config: ConsoleKnowledgeConfig) {
  assertRole(actor, DATASET_EDITING_ROLES);
  if (config.original_document_id) {
    const { document, batch } = await updateDocument(deps, actor, dataset, config.original_document_id, { config });
    const fresh = (await datasetStore(deps.db, actor.workspaceId).find(dataset.id)) ?? dataset;
    return { dataset: await viewDataset(deps, actor.workspaceId, fresh, false), documents: [document], batch };
  }
  const website = websitePages(config.data_source?.info_list);
  if (website) {
    const { documents, batch } = await addWebsiteDocuments(deps, actor, dataset, { website, config, createdFrom: 'web' });
    const fresh = (await datasetStore(deps.db, actor.workspaceId).find(dataset.id)) ?? dataset;
    return { dataset: await viewDataset(deps, actor.workspaceId, fresh, false), documents, batch };
  }
  const files = await uploadedFilesOf(deps, actor.workspaceId, config.data_source?.info_list);
  let checked = await checkKnowledgeConfig(deps, dataset, config, false);
  const batch = newBatch(deps.now());
  const documents = [];
  for (const file of files) {
    const current = (await datasetStore(deps.db, actor.workspaceId).find(dataset.id)) ?? dataset;
    const added = await addDocument(deps, actor, current, { name: file.name, file, checked, config, createdFrom: 'web', batch });
    documents.push(added.document);
    // The batch shares the rule the first document stored.
    checked = { ...checked, rule: null };
  }
  const fresh = (await datasetStore(deps.db, actor.workspaceId).find(dataset.id)) ?? dataset;
  return { dataset: await viewDataset(deps, actor.workspaceId, fresh, false), documents, batch };
}

/** A dataset name from the first document's, as Dify makes it (18 characters and an ellipsis), unique in the workspace. */
async function nameFrom(deps: AppDeps, workspaceId: string, documentName: string): Promise<string> {
  const base = `${documentName.slice(0, 18)}...`;
  const store = datasetStore(deps.db, workspaceId);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!(await store.findByName(name))) return name;
  }
}

/** The title of a crawl's first chosen page (its URL when it has none); 404 for a crawl the workspace does not own. */
async function firstPageTitle(deps: AppDeps, workspaceId: string, website: WebsiteInfoList): Promise<string> {
  const store = websiteCrawlStore(deps.db, workspaceId);
  const job = UUID.test(website.job_id) ? await store.find(website.job_id) : undefined;
  if (!job) throw errors.notFound('not_found', 'Crawl job not found.');
  const [page] = await store.donePages(job.id, [website.urls[0]!]);
  return page?.title || website.urls[0]!;
}

/** `POST /datasets/init`: a dataset named after its first file (or crawled page), and its documents, in one call. */
export async function initDataset(deps: AppDeps, actor: Actor, config: ConsoleKnowledgeConfig) {
  assertRole(actor, DATASET_EDITING_ROLES);
  if (!config.indexing_technique) throw errors.invalidParam('indexing_technique is required.', 'indexing_technique');
  const website = websitePages(config.data_source?.info_list);
  const firstName = website
    ? await firstPageTitle(deps, actor.workspaceId, website)
    : (await uploadedFilesOf(deps, actor.workspaceId, config.data_source?.info_list))[0]!.name;
  const store = datasetStore(deps.db, actor.workspaceId);
  const draft = { workspaceId: actor.workspaceId, indexingTechnique: null, chunkStructure: null, embeddingModel: null } as unknown as Dataset;
  // Refuse a bad config before the dataset exists, so a failed init leaves nothing behind.
  await checkKnowledgeConfig(deps, draft, config, false);
  const dataset = await store.insert({
    name: await nameFrom(deps, actor.workspaceId, firstName),
    description: `useful for when you want to answer queries about the ${firstName}`,
    indexingTechnique: null,
    permission: 'only_me',
    createdBy: actor.accountId,
    updatedBy: actor.accountId,
  });
  return createDocuments(deps, actor, dataset, config);
}
