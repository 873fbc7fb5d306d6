import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, buildPdf, buildXlsx } from '@tessera/extract/testing';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

const RULE = { mode: 'custom', rules: { pre_processing_rules: [{ id: 'remove_extra_spaces', enabled: true }], segmentation: { separator: '\n\n', max_tokens: 200 } } };

function form(filename: string, data: Uint8Array | string, config?: unknown) {
  const body = new FormData();
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  body.append('file', new Blob([new Uint8Array(bytes)]), filename);
  if (config !== undefined) body.append('data', JSON.stringify(config));
  return body;
}

describe('knowledge API: documents from files', () => {
  let app: TestApp;
  let owner: SeededUser;
  let key: string;
  let otherKey: string;
  let datasetId: string;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, await seedWorkspace(app, 'other'));
    datasetId = (await createDatasetAs(app, owner, { name: 'Files', indexing_technique: 'economy' })).id;
  });
  afterAll(async () => app?.close());

  const upload = (body: FormData, token = key, path = `/v1/datasets/${datasetId}/document/create-by-file`, method = 'POST') => app.request(method, path, { token, body });
  const search = async (query: string) =>
    (
      await app.request('POST', `/v1/datasets/${datasetId}/retrieve`, {
        token: key,
        json: { query, retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 1, score_threshold_enabled: false } },
      })
    ).body.records.map((r: { segment: { document: { name: string } } }) => r.segment.document.name);

  it.each([
    ['report.pdf', () => buildPdf(['The observatory tracks comets.']), 'comets'],
    ['memo.docx', () => buildDocx(['The bakery opens at dawn.']), 'bakery'],
    ['notes.md', () => '# Notes\n\nThe orchard has pear trees.', 'orchard'],
    ['page.html', () => '<html><body><p>The harbour hosts ferries.</p><script>x()</script></body></html>', 'ferries'],
    ['table.csv', () => 'city,river\nLondon,Thames\nParis,Seine', 'seine'],
    ['sheet.xlsx', () => buildXlsx({ Sheet1: [['animal', 'sound'], ['cow', 'moo']] }), 'cow'],
    ['诗.txt', () => '床前明月光，疑是地上霜。\n\n举头望明月，低头思故乡。', '明月'],
  ])('indexes %s and finds it', async (name, build, query) => {
    const res = await upload(form(name, build(), { process_rule: RULE }));
    expect(res.status, res.text).toBe(200);
    expect(res.body.document).toMatchObject({ name, data_source_type: 'upload_file', data_source_detail_dict: { upload_file: { name } } });
    const [status] = await indexedBatch(app, key, datasetId, res.body.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', error: null });
    expect(status!.total_segments).toBeGreaterThan(0);
    expect(await search(query)).toEqual([name]);
  });

  it('replaces a document’s file with PATCH and indexes the new content', async () => {
    const res = await upload(form('swap.txt', 'The lake freezes in winter.', { process_rule: RULE }));
    await indexedBatch(app, key, datasetId, res.body.batch);
    const swapped = await upload(form('swap2.txt', 'The desert blooms after rain.'), key, `/v1/datasets/${datasetId}/documents/${res.body.document.id}`, 'PATCH');
    expect(swapped.status, swapped.text).toBe(200);
    expect(swapped.body.batch).not.toBe(res.body.batch);
    await indexedBatch(app, key, datasetId, swapped.body.batch);
    expect(await search('desert')).toEqual(['swap2.txt']);
    expect(await search('freezes')).toEqual([]);
  });

  it('answers missing, extra and unusable files with Dify’s codes', async () => {
    const none = new FormData();
    none.append('data', '{}');
    expect((await upload(none)).body).toMatchObject({ code: 'no_file_uploaded', status: 400 });
    const two = form('a.txt', 'a');
    two.append('file', new Blob(['b']), 'b.txt');
    expect((await upload(two)).body).toMatchObject({ code: 'too_many_files', status: 400 });
    expect((await upload(form('virus.exe', 'MZ'))).body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect((await upload(form('a.txt', 'a', { process_rule: { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n', max_tokens: 9000 } } } }))).body).toMatchObject({
      code: 'invalid_param',
      message: 'Custom segment length should be between 50 and 4000.',
    });
    const fresh = await createDatasetAs(app, owner, { name: 'No rule yet', indexing_technique: 'economy' });
    expect((await upload(form('a.txt', 'a'), key, `/v1/datasets/${fresh.id}/document/create-by-file`)).body).toMatchObject({ code: 'invalid_param', message: 'process_rule is required.' });
  });

  it('refuses another workspace’s key', async () => {
    expect((await upload(form('a.txt', 'a', { process_rule: RULE }), otherKey)).status).toBe(404);
  });
});
