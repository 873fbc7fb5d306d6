import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicy } from '@tessera/net-guard';
import { type Actor } from '../../callers';
import { type AppConfig } from '../../config';
import { datasetStore } from '../../data/datasets/dataset-store';
import { createDatasetAs, createDatasetKey, indexedBatch, type SeededUser } from '../../testing';
import { useIntegrationFixture } from '../../testing/fixtures';
import { htmlPage, startTestSite, type TestSite } from '../../testing/test-site';
import { addWebsiteDocuments } from './website-source';

let site: TestSite;
const config: Partial<AppConfig> = {};
beforeAll(async () => {
  site = await startTestSite(() => ({
    '/': htmlPage('Orchard guide', 'Pear trees need a cold winter to fruit well in spring.', ['/harvest']),
    '/harvest': htmlPage('Harvest', 'Pick pears when the neck of the fruit yields to gentle pressure.'),
  }));
  config.netPolicy = createPolicy({ allowedHosts: [`127.0.0.1:${site.port}`] });
});
afterAll(async () => site?.close());

const fx = useIntegrationFixture({ config, otherWorkspace: true });
const actorOf = (user: SeededUser): Actor => ({ accountId: user.accountId, email: user.email, name: 'Owner', workspaceId: user.workspaceId, role: 'owner' });

async function crawled(user: SeededUser) {
  const started = await fx.app.request('POST', '/console/api/website/crawl', {
    token: user.token,
    json: { provider: 'jinareader', url: `${site.url}/`, options: { crawl_sub_pages: true, limit: 5, max_depth: 1, only_main_content: true } },
  });
  expect(started.status, started.text).toBe(200);
  for (let attempt = 0; attempt < 500; attempt++) {
    const res = await fx.app.request('GET', `/console/api/website/crawl/status/${started.body.job_id}`, { token: user.token, query: { provider: 'jinareader' } });
    if (res.body.status === 'completed') return started.body.job_id as string;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the crawl never finished');
}

describe('documents from a website crawl', () => {
  it('imports the chosen pages as documents whose content is the page markdown and whose source keeps the URL', async () => {
    const jobId = await crawled(fx.owner);
    const datasetId = (await createDatasetAs(fx.app, fx.owner, { name: 'Orchard' })).id;
    const dataset = (await datasetStore(fx.app.deps.db, fx.owner.workspaceId).find(datasetId))!;
    const result = await addWebsiteDocuments(fx.app.deps, actorOf(fx.owner), dataset, {
      website: { provider: 'jinareader', job_id: jobId, urls: [`${site.url}/harvest`], only_main_content: true },
      config: { indexing_technique: 'economy', process_rule: { mode: 'automatic' } },
      createdFrom: 'web',
    });
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      name: 'Harvest',
      data_source_type: 'website_crawl',
      data_source_info: { url: `${site.url}/harvest`, provider: 'jinareader', job_id: jobId, only_main_content: true, mode: 'crawl' },
    });

    const key = await createDatasetKey(fx.app, fx.owner);
    const [status] = await indexedBatch(fx.app, key, datasetId, result.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', error: null });
    const segments = await fx.app.request('GET', `/v1/datasets/${datasetId}/documents/${result.documents[0]!.id}/segments`, { token: key });
    const text = segments.body.data.map((s: { content: string }) => s.content).join('\n');
    expect(text).toContain('Pick pears when the neck of the fruit yields to gentle pressure.');
    expect(text).not.toContain('Pear trees need a cold winter');
  });

  it("refuses another workspace's crawl (404) and URLs the crawl did not read (400)", async () => {
    const jobId = await crawled(fx.owner);
    const theirs = (await createDatasetAs(fx.app, fx.other, { name: 'Theirs' })).id;
    const theirDataset = (await datasetStore(fx.app.deps.db, fx.other.workspaceId).find(theirs))!;
    const website = { provider: 'jinareader' as const, job_id: jobId, urls: [`${site.url}/`] };
    const config = { indexing_technique: 'economy' as const, process_rule: { mode: 'automatic' as const } };
    await expect(addWebsiteDocuments(fx.app.deps, actorOf(fx.other), theirDataset, { website, config, createdFrom: 'web' })).rejects.toMatchObject({
      appCode: 'not_found',
      status: 404,
      message: 'Crawl job not found.',
    });

    const ours = (await datasetStore(fx.app.deps.db, fx.owner.workspaceId).find((await createDatasetAs(fx.app, fx.owner, { name: 'Ours' })).id))!;
    await expect(
      addWebsiteDocuments(fx.app.deps, actorOf(fx.owner), ours, { website: { ...website, urls: [`${site.url}/never-seen`] }, config, createdFrom: 'web' }),
    ).rejects.toMatchObject({ appCode: 'invalid_param', status: 400 });
  });

  it('imports through the console paths: POST /datasets/{id}/documents and /datasets/init take Dify\'s website_crawl body', async () => {
    const jobId = await crawled(fx.owner);
    const body = (urls: string[]) => ({
      indexing_technique: 'economy',
      process_rule: { mode: 'automatic' },
      data_source: { type: 'website_crawl', info_list: { data_source_type: 'website_crawl', website_info_list: { provider: 'jinareader', job_id: jobId, urls, only_main_content: true } } },
    });
    const datasetId = (await createDatasetAs(fx.app, fx.owner, { name: 'Orchard import' })).id;
    const added = await fx.app.request('POST', `/console/api/datasets/${datasetId}/documents`, { token: fx.owner.token, json: body([`${site.url}/harvest`]) });
    expect(added.status, added.text).toBe(200);
    expect(added.body.documents).toEqual([expect.objectContaining({ name: 'Harvest', data_source_type: 'website_crawl' })]);
    expect(added.body.batch).toEqual(expect.any(String));

    const init = await fx.app.request('POST', '/console/api/datasets/init', { token: fx.owner.token, json: body([`${site.url}/`]) });
    expect(init.status, init.text).toBe(200);
    expect(init.body.dataset.name).toBe('Orchard guide...');
    expect(init.body.documents).toEqual([expect.objectContaining({ name: 'Orchard guide', data_source_type: 'website_crawl' })]);

    // Another workspace cannot import this workspace's crawl into its own dataset.
    const theirs = (await createDatasetAs(fx.app, fx.other, { name: 'Their import' })).id;
    const refused = await fx.app.request('POST', `/console/api/datasets/${theirs}/documents`, { token: fx.other.token, json: body([`${site.url}/`]) });
    expect(refused.status).toBe(404);
    const noList = await fx.app.request('POST', `/console/api/datasets/${datasetId}/documents`, {
      token: fx.owner.token,
      json: { ...body([]), data_source: { type: 'website_crawl', info_list: { data_source_type: 'website_crawl' } } },
    });
    expect(noList.body).toMatchObject({ code: 'invalid_param', status: 400 });
  });
});
