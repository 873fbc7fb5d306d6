import { z } from 'zod';
import { type Dataset } from '@tessera/db';
import { type Actor } from '../../callers';
import { datasetStore } from '../../data/datasets/dataset-store';
import { websiteCrawlStore } from '../../data/website-crawls';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { UUID, zBool } from '../../validation';
import { CRAWL_PROVIDERS } from '../crawl/website-crawl';
import { storeUpload } from '../files/upload-file';
import { addDocument, checkKnowledgeConfig, newBatch } from './add-document';
import { type KnowledgeConfig } from './knowledge-config';

/** Dify's `data_source.info_list.website_info_list`: pages of a finished or running crawl to import. */
export const ZWebsiteInfoList = z.object({
  provider: z.enum(CRAWL_PROVIDERS),
  job_id: z.string().max(128),
  urls: z.array(z.string().max(2048)).min(1).max(100),
  only_main_content: zBool.nullish(),
});
export type WebsiteInfoList = z.infer<typeof ZWebsiteInfoList>;

/**
 * Adds one document per chosen page of a crawl (`data_source.type = 'website_crawl'`), all in one
 * batch, and starts indexing them. The page's markdown is the content (kept as a `.md` file the
 * indexing pipeline reads like any upload); `data_source_info` keeps the URL, provider and job.
 * Only pages the crawl has read can be imported, and only from the workspace's own crawls.
 */
export async function addWebsiteDocuments(
  deps: AppDeps,
  actor: Actor,
  dataset: Dataset,
  input: { website: WebsiteInfoList; config: KnowledgeConfig; createdFrom: 'web' | 'api' },
) {
  const { website, config } = input;
  const store = websiteCrawlStore(deps.db, actor.workspaceId);
  const job = UUID.test(website.job_id) ? await store.find(website.job_id) : undefined;
  if (!job) throw errors.notFound('not_found', 'Crawl job not found.');
  const urls = [...new Set(website.urls)];
  const pages = await store.donePages(job.id, urls);
  const missing = urls.filter((url) => !pages.some((page) => page.url === url));
  if (missing.length > 0) throw errors.invalidParam(`These URLs were not crawled by job ${job.id}: ${missing.slice(0, 5).join(', ')}`, 'urls');
  let checked = await checkKnowledgeConfig(deps, dataset, config, false);
  const batch = newBatch(deps.now());
  const documents = [];
  for (const url of urls) {
    const page = pages.find((p) => p.url === url)!;
    const name = (page.title || url).slice(0, 255);
    const file = await storeUpload(
      deps,
      { workspaceId: actor.workspaceId, createdBy: actor.accountId, createdByRole: 'account' },
      { filename: `${name.slice(0, 200)}.md`, data: new TextEncoder().encode(page.markdown ?? ''), mimeType: 'text/markdown', source: 'datasets' },
    );
    const current = (await datasetStore(deps.db, actor.workspaceId).find(dataset.id)) ?? dataset;
    const { document } = await addDocument(deps, actor, current, {
      name,
      file,
      checked,
      config,
      createdFrom: input.createdFrom,
      batch,
      source: {
        type: 'website_crawl',
        info: { url, provider: website.provider, job_id: job.id, only_main_content: website.only_main_content ?? job.options.onlyMainContent, mode: 'crawl' },
      },
    });
    documents.push(document);
    // The batch shares the rule the first document stored.
    checked = { ...checked, rule: null };
  }
  return { documents, batch };
}
