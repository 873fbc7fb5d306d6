import { beforeAll, describe, expect, it } from 'vitest';
import { createDatasetAs, createDatasetKey, indexedBatch, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { upload } from '../../files/testing';

const rule = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 200 } } };

describe('segment batch import from CSV', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  let key: string;
  let datasetId: string;
  let documentId: string;

  beforeAll(async () => {
    key = await createDatasetKey(fx.app, fx.owner);
    datasetId = (await createDatasetAs(fx.app, fx.owner, { indexing_technique: 'economy' })).id;
    const created = await fx.app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token: key,
      json: { name: 'base', text: 'The first paragraph about lighthouses.', process_rule: rule },
    });
    expect(created.status, created.text).toBe(200);
    await indexedBatch(fx.app, key, datasetId, created.body.batch);
    documentId = created.body.document.id;
  });

  const importPath = () => `/console/api/datasets/${datasetId}/documents/${documentId}/segments/batch_import`;
  const uploadCsv = async (user: SeededUser, name: string, text: string) => {
    const res = await upload(fx.app, { name, data: text, type: 'text/csv', source: 'datasets', token: user.token });
    expect(res.status, res.text).toBe(201);
    return res.body.id as string;
  };
  const status = (user: SeededUser, jobId: string) => fx.app.request('GET', `/console/api/datasets/batch_import_status/${jobId}`, { token: user.token });
  const settled = async (jobId: string) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const res = await status(fx.owner, jobId);
      expect(res.status, res.text).toBe(200);
      if (res.body.job_status === 'completed' || res.body.job_status === 'error') return res.body;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the import never finished');
  };
  const contents = async () => {
    const res = await fx.app.request('GET', `/v1/datasets/${datasetId}/documents/${documentId}/segments`, { token: key, query: { limit: 100 } });
    return (res.body.data as { content: string; position: number }[]).map((s) => s.content);
  };
  const search = async (query: string) => {
    const res = await fx.app.request('POST', `/v1/datasets/${datasetId}/retrieve`, {
      token: key,
      json: { query, retrieval_model: { search_method: 'keyword_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false } },
    });
    return (res.body.records as { segment: { content: string } }[]).map((r) => r.segment.content);
  };

  it('imports an uploaded CSV by its file id as a job, appending indexed segments', async () => {
    const fileId = await uploadCsv(fx.owner, 'chunks.csv', 'content\n"Penguins live in the southern hemisphere, mostly in Antarctica."\nOwls hunt at night.\n');
    const started = await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: fileId } });
    expect(started.status, started.text).toBe(200);
    expect(started.body).toEqual({ job_id: expect.any(String), job_status: 'waiting' });
    expect(await settled(started.body.job_id)).toEqual({ job_id: started.body.job_id, job_status: 'completed' });
    expect(await contents()).toEqual(['The first paragraph about lighthouses.', 'Penguins live in the southern hemisphere, mostly in Antarctica.', 'Owls hunt at night.']);
    expect(await search('penguins antarctica')).toEqual(['Penguins live in the southern hemisphere, mostly in Antarctica.']);
  });

  it('takes the CSV itself as multipart, as older consoles send it', async () => {
    const form = new FormData();
    form.append('file', new Blob(['content\nFoxes are clever.\n'], { type: 'text/csv' }), 'more.csv');
    const started = await fx.app.request('POST', importPath(), { token: fx.owner.token, body: form });
    expect(started.status, started.text).toBe(200);
    expect((await settled(started.body.job_id)).job_status).toBe('completed');
    expect(await contents()).toContain('Foxes are clever.');
  });

  it('reports error for a CSV with an empty row content, adding nothing', async () => {
    const before = (await contents()).length;
    const fileId = await uploadCsv(fx.owner, 'bad.csv', 'content,answer\n,only an answer\n');
    const started = await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: fileId } });
    expect((await settled(started.body.job_id)).job_status).toBe('error');
    expect(await contents()).toHaveLength(before);
  });

  it('refuses a file that is not CSV, an unknown file and a missing id', async () => {
    const txt = await uploadCsv(fx.owner, 'notes.txt', 'content\nhello\n');
    expect((await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: txt } })).body).toMatchObject({
      code: 'invalid_param',
      status: 400,
      message: 'Invalid file type. Only CSV files are allowed',
    });
    const unknown = await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(404);
    expect((await fx.app.request('POST', importPath(), { token: fx.owner.token, json: {} })).body).toMatchObject({ code: 'invalid_param', status: 400 });
    // Dify raises ValueError for a job it does not know, which its API answers as 400 invalid_param.
    expect((await status(fx.owner, '00000000-0000-4000-8000-000000000000')).body).toEqual({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
  });

  it('keeps each workspace to its own: 404 for its import request and its file id, and this workspace’s job unknown to it', async () => {
    const theirs = await uploadCsv(fx.other, 'theirs.csv', 'content\nNot yours.\n');
    const foreignImport = await fx.app.request('POST', importPath(), { token: fx.other.token, json: { upload_file_id: theirs } });
    expect(foreignImport.status).toBe(404);
    const ownFileForeignId = await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: theirs } });
    expect(ownFileForeignId.status).toBe(404);
    const fileId = await uploadCsv(fx.owner, 'mine.csv', 'content\nMine only.\n');
    const started = await fx.app.request('POST', importPath(), { token: fx.owner.token, json: { upload_file_id: fileId } });
    await settled(started.body.job_id);
    expect((await status(fx.other, started.body.job_id)).body).toMatchObject({ code: 'invalid_param', message: 'The job does not exist.', status: 400 });
    expect((await status(fx.owner, started.body.job_id)).body).toEqual({ job_id: started.body.job_id, job_status: 'completed' });
  });
});
