import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetDocuments } from '@tessera/db';
import { createDatasetAs, createDatasetKey, indexedBatch } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { pathOf } from '../../files/testing';

const rule = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 200 } } };

describe('GET /v1/datasets/{id}/documents/{doc}/upload-file', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let key: string;
  let datasetId: string;
  let documentId: string;

  beforeAll(async () => {
    key = await createDatasetKey(fx.app, fx.owner);
    datasetId = (await createDatasetAs(fx.app, fx.owner, { indexing_technique: 'economy' })).id;
    const created = await fx.app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token: key,
      json: { name: 'guide', text: 'Lighthouses guide ships at night.', process_rule: rule },
    });
    expect(created.status, created.text).toBe(200);
    await indexedBatch(fx.app, key, datasetId, created.body.batch);
    documentId = created.body.document.id;
  });

  const get = (token: string, doc = documentId, dataset = datasetId) => fx.app.request('GET', `/v1/datasets/${dataset}/documents/${doc}/upload-file`, { token });

  it('describes the source file with signed links, and the download link sends it as an attachment', async () => {
    const res = await get(key);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'guide.txt',
      size: 'Lighthouses guide ships at night.'.length,
      extension: 'txt',
      url: expect.stringMatching(/\/files\/[0-9a-f-]+\/file-preview\?timestamp=\d+&nonce=[0-9a-f]+&sign=/),
      download_url: expect.stringContaining('&as_attachment=true'),
      mime_type: 'text/plain',
      created_by: fx.owner.accountId,
      created_at: expect.any(Number),
    });
    expect(res.body.download_url.startsWith(res.body.url)).toBe(true);

    const download = await fx.app.request('GET', pathOf(res.body.download_url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;.*guide\.txt/);
    expect(download.text).toBe('Lighthouses guide ships at night.');
    const preview = await fx.app.request('GET', pathOf(res.body.url));
    expect(preview.headers.get('content-disposition') ?? '').not.toMatch(/^attachment/);

    const tampered = await fx.app.request('GET', pathOf(res.body.download_url).replace(/sign=[^&]+/, 'sign=forged'));
    expect(tampered.status).toBeGreaterThanOrEqual(400);
  });

  it('answers 400 for a document that was not made from a file, and 404 for unknown documents and other workspaces', async () => {
    const [doc] = await fx.app.deps.db.select().from(datasetDocuments).where(eq(datasetDocuments.id, documentId));
    await fx.app.deps.db.update(datasetDocuments).set({ dataSourceType: 'website_crawl' }).where(and(eq(datasetDocuments.id, documentId)));
    expect((await get(key)).body).toMatchObject({ code: 'invalid_param', status: 400, message: 'Document data source type is not upload_file.' });
    await fx.app.deps.db.update(datasetDocuments).set({ dataSourceType: doc!.dataSourceType }).where(eq(datasetDocuments.id, documentId));

    expect((await get(key, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const otherKey = await createDatasetKey(fx.app, fx.other);
    expect((await get(otherKey)).status).toBe(404);
    const theirs = (await createDatasetAs(fx.app, fx.other, {})).id;
    expect((await get(otherKey, documentId, theirs)).status).toBe(404);
  });
});
