export interface WebsiteImport {
  provider: string;
  jobId: string;
  urls: string[];
  onlyMainContent: boolean;
  indexingTechnique: string;
}

type ConsoleFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Dify's document-create body for pages of a crawl (`data_source.type = 'website_crawl'`). */
export function websiteDocumentsBody(input: WebsiteImport) {
  return {
    data_source: {
      type: 'website_crawl',
      info_list: {
        data_source_type: 'website_crawl',
        website_info_list: { provider: input.provider, job_id: input.jobId, urls: input.urls, only_main_content: input.onlyMainContent },
      },
    },
    indexing_technique: input.indexingTechnique,
    process_rule: { mode: 'automatic' },
  };
}

/** Creates one document per chosen page through the console's document-create path. */
export async function importWebsitePages(consoleFetch: ConsoleFetch, datasetId: string, input: WebsiteImport) {
  const response = await consoleFetch(`/datasets/${datasetId}/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(websiteDocumentsBody(input)),
  });
  return response.json() as Promise<{ documents: { id: string }[]; batch: string }>;
}
