import { describe, expect, it, beforeAll } from 'vitest';
import { createDatasetAs, createDatasetKey, indexedBatch } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

const RULE = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 100 } } };

describe('knowledge API: dataset-level segments and document action previews', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let key: string;
  let otherKey: string;
  let datasetId: string;
  let fruitDoc: string;
  let cropDoc: string;
  const v1 = (method: string, path: string, json?: unknown, token = key) => fx.app.request(method, path, { token, json });
  const addText = async (name: string, text: string) => {
    const created = await v1('POST', `/v1/datasets/${datasetId}/document/create-by-text`, { name, text, process_rule: RULE });
    expect(created.status, created.text).toBe(200);
    await indexedBatch(fx.app, key, datasetId, created.body.batch);
    return created.body.document.id as string;
  };

  beforeAll(async () => {
    key = await createDatasetKey(fx.app, fx.owner);
    otherKey = await createDatasetKey(fx.app, fx.other);
    datasetId = (await createDatasetAs(fx.app, fx.owner, { name: 'Dataset segments', indexing_technique: 'economy' })).id;
    fruitDoc = await addText('fruit', 'Apples grow on trees.\n\nMangoes ripen in summer.');
    cropDoc = await addText('crops', 'Carrots grow under the ground.\n\nRice grows in flooded fields.\n\nWheat grows on plains.');
  });

  it('lists the segments of every document, by document then position, with filters and paging', async () => {
    const all = await v1('GET', `/v1/datasets/${datasetId}/segments?limit=3`);
    expect(all.status, all.text).toBe(200);
    expect(all.body).toMatchObject({ doc_form: 'text_model', total: 5, has_more: true, limit: 3, page: 1 });
    expect(all.body.data.map((s: { content: string }) => s.content)).toEqual(['Apples grow on trees.', 'Mangoes ripen in summer.', 'Carrots grow under the ground.']);
    const second = await v1('GET', `/v1/datasets/${datasetId}/segments?limit=3&page=2`);
    expect(second.body).toMatchObject({ total: 5, has_more: false });
    expect(second.body.data.map((s: { document_id: string }) => s.document_id)).toEqual([cropDoc, cropDoc]);
    expect((await v1('GET', `/v1/datasets/${datasetId}/segments?keyword=grow`)).body.total).toBe(4);
    const one = await v1('GET', `/v1/datasets/${datasetId}/segments?document_id=${fruitDoc}`);
    expect(one.body.data.map((s: { content: string }) => s.content)).toEqual(['Apples grow on trees.', 'Mangoes ripen in summer.']);
  });

  it('reads, changes (top level or in `segment`), disables and deletes a segment by its id alone', async () => {
    const [apples, mangoes] = (await v1('GET', `/v1/datasets/${datasetId}/segments?document_id=${fruitDoc}`)).body.data;
    const got = await v1('GET', `/v1/datasets/${datasetId}/segments/${apples.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ data: { id: apples.id, document_id: fruitDoc, content: 'Apples grow on trees.' }, doc_form: 'text_model' });

    const top = await v1('PUT', `/v1/datasets/${datasetId}/segments/${apples.id}`, { content: 'Pears grow on trees.', keywords: ['pear'] });
    expect(top.status, top.text).toBe(200);
    expect(top.body.data).toMatchObject({ content: 'Pears grow on trees.', keywords: ['pear'], status: 'completed' });
    const nested = await v1('PUT', `/v1/datasets/${datasetId}/segments/${apples.id}`, { segment: { enabled: false } });
    expect(nested.body.data).toMatchObject({ enabled: false });

    const removed = await v1('DELETE', `/v1/datasets/${datasetId}/segments/${mangoes.id}`);
    expect(removed.status).toBe(204);
    expect((await v1('GET', `/v1/datasets/${datasetId}/segments/${mangoes.id}`)).body).toEqual({ code: 'not_found', message: 'Segment not found.', status: 404 });
  });

  it('hides the dataset and its segments from another workspace (404) and refuses bad input', async () => {
    const [segment] = (await v1('GET', `/v1/datasets/${datasetId}/segments?document_id=${cropDoc}`)).body.data;
    for (const [method, path, body] of [
      ['GET', `/v1/datasets/${datasetId}/segments`],
      ['GET', `/v1/datasets/${datasetId}/segments/${segment.id}`],
      ['PUT', `/v1/datasets/${datasetId}/segments/${segment.id}`, { content: 'taken over' }],
      ['DELETE', `/v1/datasets/${datasetId}/segments/${segment.id}`],
      ['GET', `/v1/datasets/${datasetId}/documents/status/disable`],
    ] as const) {
      const res = await v1(method, path, body, otherKey);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject({ code: 'not_found', message: 'Dataset not found.' });
    }
    // Another dataset of the same workspace does not reach this segment either.
    const otherDataset = (await createDatasetAs(fx.app, fx.owner, { name: 'Elsewhere', indexing_technique: 'economy' })).id;
    expect((await v1('GET', `/v1/datasets/${otherDataset}/segments/${segment.id}`)).status).toBe(404);
    expect((await v1('GET', `/v1/datasets/${datasetId}/segments/${segment.id}`)).body.data.content).toBe('Carrots grow under the ground.');

    expect((await v1('GET', `/v1/datasets/${datasetId}/segments/not-a-uuid`)).body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect((await v1('GET', `/v1/datasets/${datasetId}/segments?limit=1000`)).body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect((await v1('PUT', `/v1/datasets/${datasetId}/segments/${segment.id}`, { content: '' })).body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect((await v1('GET', `/v1/datasets/${datasetId}/segments`, undefined, 'dataset-wrong')).status).toBe(401);
  });

  it('previews which documents a status action would change', async () => {
    const disable = await v1('GET', `/v1/datasets/${datasetId}/documents/status/disable`);
    expect(disable.status, disable.text).toBe(200);
    expect(disable.body).toMatchObject({ action: 'disable', total: 2, has_more: false });
    expect(disable.body.data.map((d: { name: string; display_status: string }) => [d.name, d.display_status])).toEqual([
      ['fruit', 'available'],
      ['crops', 'available'],
    ]);
    expect((await v1('GET', `/v1/datasets/${datasetId}/documents/status/enable`)).body.total).toBe(0);

    expect((await v1('PATCH', `/v1/datasets/${datasetId}/documents/status/disable`, { document_ids: [fruitDoc] })).status).toBe(200);
    const enable = await v1('GET', `/v1/datasets/${datasetId}/documents/status/enable`);
    expect(enable.body.data).toEqual([{ id: fruitDoc, name: 'fruit', indexing_status: 'completed', display_status: 'disabled', enabled: false, archived: false }]);
    const among = await v1('GET', `/v1/datasets/${datasetId}/documents/status/disable?document_ids=${fruitDoc},${cropDoc}`);
    expect(among.body.data.map((d: { id: string }) => d.id)).toEqual([cropDoc]);

    const bad = await v1('GET', `/v1/datasets/${datasetId}/documents/status/explode`);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ code: 'invalid_action', message: 'Invalid action: explode', status: 400 });
  });
});
