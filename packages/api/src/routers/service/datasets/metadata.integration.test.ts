import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, seedWorkspace, type SeededUser, type TestApp } from '../../../testing';

describe('knowledge API: metadata fields, document values and filters', () => {
  let app: TestApp;
  let owner: SeededUser;
  let key: string;
  let otherKey: string;
  let datasetId: string;
  const docs: Record<string, string> = {};
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
    const other = await seedWorkspace(app, 'other');
    key = await createDatasetKey(app, owner);
    otherKey = await createDatasetKey(app, other);
    datasetId = (await createDatasetAs(app, owner, { name: 'Reports', indexing_technique: 'economy' })).id;
    for (const [name, text] of [
      ['q1', 'Quarterly revenue report for the first quarter.'],
      ['q2', 'Quarterly revenue report for the second quarter.'],
    ]) {
      const res = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, { token: key, json: { name, text } });
      docs[name!] = res.body.document.id;
      await indexedBatch(app, key, datasetId, res.body.batch);
    }
  });
  afterAll(async () => app?.close());

  const v1 = (method: string, path: string, json?: unknown, token = key) => app.request(method, `/v1/datasets/${datasetId}${path}`, { token, json });
  const names = async (conditions: unknown[], logical_operator = 'and') =>
    (
      await v1('POST', '/retrieve', {
        query: 'quarterly revenue',
        retrieval_model: { search_method: 'full_text_search', reranking_enable: false, top_k: 5, score_threshold_enabled: false, metadata_filtering_conditions: { logical_operator, conditions } },
      })
    ).body.records
      .map((r: { segment: { document: { name: string } } }) => r.segment.document.name)
      .sort();

  it('creates fields (201), refuses duplicates and built-in names, sets values and filters retrieval by them', async () => {
    const region = await v1('POST', '/metadata', { type: 'string', name: 'region' });
    expect(region.status).toBe(201);
    expect(region.body).toEqual({ id: expect.any(String), type: 'string', name: 'region' });
    const year = (await v1('POST', '/metadata', { type: 'number', name: 'year' })).body;
    expect((await v1('POST', '/metadata', { type: 'string', name: 'region' })).body).toMatchObject({ code: 'invalid_param', message: 'Metadata name already exists.' });
    expect((await v1('POST', '/metadata', { type: 'string', name: 'uploader' })).body.message).toBe('Metadata name already exists in Built-in fields.');
    expect((await v1('POST', '/metadata', { type: 'color', name: 'x' })).status).toBe(400);

    const set = await v1('POST', '/documents/metadata', {
      operation_data: [
        { document_id: docs.q1, metadata_list: [{ id: region.body.id, name: 'region', value: 'emea' }, { id: year.id, name: 'year', value: 2023 }] },
        { document_id: docs.q2, metadata_list: [{ id: region.body.id, name: 'region', value: 'apac' }, { id: year.id, name: 'year', value: 2024 }] },
      ],
    });
    expect(set.body).toEqual({ result: 'success' });
    const list = await v1('GET', '/metadata');
    expect(list.body).toEqual({
      doc_metadata: [
        { id: region.body.id, name: 'region', type: 'string', count: 2 },
        { id: year.id, name: 'year', type: 'number', count: 2 },
      ],
      built_in_field_enabled: false,
    });
    const detail = await app.request('GET', `/v1/datasets/${datasetId}/documents/${docs.q1}`, { token: key });
    expect(detail.body.doc_metadata).toEqual(expect.arrayContaining([{ id: region.body.id, name: 'region', type: 'string', value: 'emea' }]));

    expect(await names([])).toEqual(['q1', 'q2']);
    expect(await names([{ name: 'region', comparison_operator: 'is', value: 'emea' }])).toEqual(['q1']);
    expect(await names([{ name: 'year', comparison_operator: '>', value: 2023 }])).toEqual(['q2']);
    expect(await names([{ name: 'region', comparison_operator: 'in', value: ['emea', 'apac'] }, { name: 'year', comparison_operator: '≤', value: 2023 }])).toEqual(['q1']);
    expect(await names([{ name: 'region', comparison_operator: 'is', value: 'emea' }, { name: 'year', comparison_operator: '=', value: 2024 }], 'or')).toEqual(['q1', 'q2']);
    expect(await names([{ name: 'region', comparison_operator: 'is', value: 'nowhere' }])).toEqual([]);

    const renamed = await v1('PATCH', `/metadata/${region.body.id}`, { name: 'area' });
    expect(renamed.body).toEqual({ id: region.body.id, type: 'string', name: 'area' });
    expect(await names([{ name: 'area', comparison_operator: 'start with', value: 'ap' }])).toEqual(['q2']);
    expect((await v1('GET', `/metadata/${region.body.id}`)).body.name).toBe('area');
    expect((await v1('DELETE', `/metadata/${region.body.id}`)).status).toBe(204);
    expect(await names([{ name: 'area', comparison_operator: 'not empty' }])).toEqual([]);
    expect((await v1('GET', `/metadata/${region.body.id}`)).body).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('switches built-in fields on, stamping each document, and off again', async () => {
    expect((await app.request('GET', '/v1/datasets/metadata/built-in', { token: key })).body.fields.map((f: { name: string }) => f.name)).toEqual([
      'document_name', 'uploader', 'upload_date', 'last_update_date', 'source',
    ]);
    expect((await v1('POST', '/metadata/built-in/enable')).body).toEqual({ result: 'success' });
    expect(await names([{ name: 'document_name', comparison_operator: 'is', value: 'q2' }])).toEqual(['q2']);
    expect(await names([{ name: 'source', comparison_operator: 'is', value: 'file_upload' }])).toEqual(['q1', 'q2']);
    expect((await app.request('GET', `/v1/datasets/${datasetId}`, { token: key })).body.built_in_field_enabled).toBe(true);
    await v1('POST', '/metadata/built-in/disable');
    expect(await names([{ name: 'document_name', comparison_operator: 'is', value: 'q2' }])).toEqual([]);
  });

  it('keeps fields and values inside the key’s workspace', async () => {
    const field = (await v1('POST', '/metadata', { type: 'string', name: 'secret' })).body;
    for (const [method, path, json] of [
      ['GET', '/metadata', undefined],
      ['POST', '/metadata', { type: 'string', name: 'x' }],
      ['PATCH', `/metadata/${field.id}`, { name: 'x' }],
      ['DELETE', `/metadata/${field.id}`, undefined],
      ['POST', '/metadata/built-in/enable', undefined],
      ['POST', '/documents/metadata', { operation_data: [{ document_id: docs.q1, metadata_list: [] }] }],
    ] as const) {
      expect((await v1(method, path, json, otherKey)).status, `${method} ${path}`).toBe(404);
    }
    expect((await v1('GET', `/metadata/${field.id}`)).body.name).toBe('secret');
  });
});
