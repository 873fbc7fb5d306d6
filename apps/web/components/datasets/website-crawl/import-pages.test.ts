import { describe, expect, it } from 'vitest';
import { importWebsitePages, websiteDocumentsBody } from './import-pages';

describe('importing crawled pages', () => {
  const input = { provider: 'firecrawl', jobId: 'job-1', urls: ['https://a.test/', 'https://a.test/b'], onlyMainContent: true, indexingTechnique: 'economy' };

  it("posts Dify's website_crawl document body to the dataset's documents", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const fetcher = async (path: string, init?: RequestInit) => {
      calls.push([path, init]);
      return new Response(JSON.stringify({ documents: [{ id: 'd1' }], batch: 'b1' }));
    };
    expect(await importWebsitePages(fetcher, 'ds-1', input)).toEqual({ documents: [{ id: 'd1' }], batch: 'b1' });
    expect(calls[0]![0]).toBe('/datasets/ds-1/documents');
    expect(calls[0]![1]?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]![1]?.body))).toEqual(websiteDocumentsBody(input));
    expect(websiteDocumentsBody(input).data_source).toEqual({
      type: 'website_crawl',
      info_list: {
        data_source_type: 'website_crawl',
        website_info_list: { provider: 'firecrawl', job_id: 'job-1', urls: ['https://a.test/', 'https://a.test/b'], only_main_content: true },
      },
    });
  });
});
