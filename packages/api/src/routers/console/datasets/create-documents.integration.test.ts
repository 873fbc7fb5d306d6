import { buildPdf } from '@tessera/extract/testing';
import { describe, expect, it } from 'vitest';
import { indexedBatchOnConsole, seedMember, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { storeUpload } from '../../../services/files/upload-file';
import { upload } from '../../files/testing';

const CUSTOM_RULE = {
  mode: 'custom',
  rules: {
    pre_processing_rules: [
      { id: 'remove_extra_spaces', enabled: true },
      { id: 'remove_urls_emails', enabled: false },
    ],
    segmentation: { separator: '\\n\\n', max_tokens: 100, chunk_overlap: 0 },
  },
};
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
const TEXT = 'Tides rise twice a day.\n\nThe moon pulls the sea.\n\nSpring tides follow the full moon.';

describe('console knowledge creation: init, add documents, estimate, process rule, retry, status batch', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  async function uploadAs(user: SeededUser, name: string, data: Uint8Array | string, type: string) {
    const res = await upload(fx.app, { name, data, type, source: 'datasets', token: user.token });
    expect(res.status, res.text).toBe(201);
    return res.body.id as string;
  }
  const infoList = (ids: string[]) => ({ data_source_type: 'upload_file', file_info_list: { file_ids: ids } });
  const call = (user: SeededUser, method: string, path: string, json?: unknown, query?: Record<string, string>) =>
    fx.app.request(method, `/console/api${path}`, { token: user.token, json, query });

  it('previews the chunks of an uploaded PDF under a custom rule without writing anything', async () => {
    const pdf = await uploadAs(fx.owner, 'tides.pdf', buildPdf(['Tides rise twice a day.', 'Spring tides follow the full moon.']), 'application/pdf');
    const res = await call(fx.owner, 'POST', '/datasets/indexing-estimate', { info_list: infoList([pdf]), process_rule: CUSTOM_RULE, indexing_technique: 'economy', doc_form: 'text_model' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.total_segments).toBeGreaterThan(0);
    expect(res.body.preview.map((p: { content: string }) => p.content).join(' ')).toContain('Spring tides follow the full moon.');
    expect(res.body.qa_preview).toEqual([]);
    const datasets = await call(fx.owner, 'GET', '/datasets');
    expect(datasets.body.total).toBe(0);
  });

  it('previews parent-child chunks with their children', async () => {
    const txt = await uploadAs(fx.owner, 'parents.txt', TEXT, 'text/plain');
    const res = await call(fx.owner, 'POST', '/datasets/indexing-estimate', {
      info_list: infoList([txt]),
      indexing_technique: 'economy',
      doc_form: 'hierarchical_model',
      process_rule: {
        mode: 'hierarchical',
        rules: { ...CUSTOM_RULE.rules, parent_mode: 'paragraph', subchunk_segmentation: { separator: '. ', max_tokens: 50, chunk_overlap: 0 } },
      },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.total_segments).toBe(3);
    expect(res.body.preview[0]).toEqual({ content: 'Tides rise twice a day.', child_chunks: ['Tides rise twice a day.'] });
  });

  it('refuses bad estimate input with Dify codes', async () => {
    const txt = await uploadAs(fx.owner, 'bad-rule.txt', TEXT, 'text/plain');
    const tooSmall = { mode: 'custom', rules: { ...CUSTOM_RULE.rules, segmentation: { separator: '\\n', max_tokens: 10, chunk_overlap: 0 } } };
    const small = await call(fx.owner, 'POST', '/datasets/indexing-estimate', { info_list: infoList([txt]), process_rule: tooSmall, indexing_technique: 'economy' });
    expect(small.body).toMatchObject({ code: 'invalid_param', status: 400, message: 'Custom segment length should be between 50 and 4000.' });
    const missing = await call(fx.owner, 'POST', '/datasets/indexing-estimate', { process_rule: CUSTOM_RULE, indexing_technique: 'economy' });
    expect(missing.body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect(missing.body.message).toContain('info_list');
    // An image a chat attached: an upload of the workspace, but no document.
    const image = (
      await storeUpload(
        fx.app.deps,
        { workspaceId: fx.owner.workspaceId, createdBy: fx.owner.accountId, createdByRole: 'account' },
        { filename: 'pixel.png', data: PNG, mimeType: 'image/png', source: null },
      )
    ).id;
    const unsupported = await call(fx.owner, 'POST', '/datasets/indexing-estimate', { info_list: infoList([image]), process_rule: CUSTOM_RULE, indexing_technique: 'economy' });
    expect(unsupported.body).toMatchObject({ code: 'unsupported_file_type', status: 415 });
  });

  it('creates a dataset with its documents in one call, indexes the batch, then adds more to it', async () => {
    const first = await uploadAs(fx.owner, 'ocean-guide.txt', TEXT, 'text/plain');
    const second = await uploadAs(fx.owner, 'moon.txt', 'The moon has phases.', 'text/plain');
    const init = await call(fx.owner, 'POST', '/datasets/init', {
      data_source: { type: 'upload_file', info_list: infoList([first, second]) },
      indexing_technique: 'economy',
      doc_form: 'text_model',
      process_rule: CUSTOM_RULE,
    });
    expect(init.status, init.text).toBe(200);
    expect(init.body.dataset).toMatchObject({ name: 'ocean-guide.txt...', indexing_technique: 'economy', doc_form: 'text_model' });
    expect(init.body.documents.map((d: { name: string }) => d.name)).toEqual(['ocean-guide.txt', 'moon.txt']);
    const datasetId = init.body.dataset.id as string;
    const statuses = await indexedBatchOnConsole(fx.app, fx.owner, datasetId, init.body.batch);
    expect(statuses.map((s) => s.indexing_status)).toEqual(['completed', 'completed']);
    expect(statuses[0]).toMatchObject({ completed_segments: 3, total_segments: 3 });

    const rule = await call(fx.owner, 'GET', '/datasets/process-rule', undefined, { document_id: init.body.documents[0].id });
    expect(rule.body).toMatchObject({ mode: 'custom', rules: { segmentation: { max_tokens: 100 } }, limits: { indexing_max_segmentation_tokens_length: 4000 } });

    const third = await uploadAs(fx.owner, 'sea.txt', 'Salt water covers most of the planet.', 'text/plain');
    const added = await call(fx.owner, 'POST', `/datasets/${datasetId}/documents`, { data_source: { type: 'upload_file', info_list: infoList([third]) }, indexing_technique: 'economy' });
    expect(added.status, added.text).toBe(200);
    expect(added.body.documents).toHaveLength(1);
    const [done] = await indexedBatchOnConsole(fx.app, fx.owner, datasetId, added.body.batch);
    expect(done).toMatchObject({ indexing_status: 'completed', completed_segments: 1 });
    expect((await call(fx.owner, 'GET', `/datasets/${datasetId}`)).body.document_count).toBe(3);
  });

  it('re-processes a document with a new rule under a new batch', async () => {
    const file = await uploadAs(fx.owner, 'reprocess.txt', TEXT, 'text/plain');
    const init = await call(fx.owner, 'POST', '/datasets/init', { data_source: { type: 'upload_file', info_list: infoList([file]) }, indexing_technique: 'economy', process_rule: CUSTOM_RULE });
    const datasetId = init.body.dataset.id as string;
    const documentId = init.body.documents[0].id as string;
    await indexedBatchOnConsole(fx.app, fx.owner, datasetId, init.body.batch);
    const oneChunk = { mode: 'custom', rules: { ...CUSTOM_RULE.rules, segmentation: { separator: '###', max_tokens: 500, chunk_overlap: 0 } } };
    const again = await call(fx.owner, 'POST', `/datasets/${datasetId}/documents`, { original_document_id: documentId, process_rule: oneChunk });
    expect(again.status, again.text).toBe(200);
    expect(again.body.documents.map((d: { id: string }) => d.id)).toEqual([documentId]);
    expect(again.body.batch).not.toBe(init.body.batch);
    const [status] = await indexedBatchOnConsole(fx.app, fx.owner, datasetId, again.body.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', completed_segments: 1, total_segments: 1 });
    const rule = await call(fx.owner, 'GET', '/datasets/process-rule', undefined, { document_id: documentId });
    expect(rule.body.rules.segmentation).toMatchObject({ separator: '###', max_tokens: 500 });
  });

  it('answers the automatic defaults without a document', async () => {
    const res = await call(fx.owner, 'GET', '/datasets/process-rule');
    expect(res.body).toMatchObject({ mode: 'custom', rules: { segmentation: { max_tokens: 500, chunk_overlap: 50 } }, limits: { indexing_max_segmentation_tokens_length: 4000 } });
  });

  it('refuses init without a technique or with files of another workspace', async () => {
    const mine = await uploadAs(fx.owner, 'notes.txt', TEXT, 'text/plain');
    const noTechnique = await call(fx.owner, 'POST', '/datasets/init', { data_source: { type: 'upload_file', info_list: infoList([mine]) }, process_rule: CUSTOM_RULE });
    expect(noTechnique.body).toMatchObject({ code: 'invalid_param', status: 400, message: 'indexing_technique is required.' });
    const foreign = await call(fx.other, 'POST', '/datasets/init', { data_source: { type: 'upload_file', info_list: infoList([mine]) }, indexing_technique: 'economy' });
    expect(foreign.body).toMatchObject({ code: 'not_found', status: 404 });
    expect((await call(fx.other, 'GET', '/datasets')).body.total).toBe(0);
    const estimate = await call(fx.other, 'POST', '/datasets/indexing-estimate', { info_list: infoList([mine]), process_rule: CUSTOM_RULE, indexing_technique: 'economy' });
    expect(estimate.status).toBe(404);
  });

  it('retries failed documents, refuses finished ones, and switches documents in a batch', async () => {
    const file = await uploadAs(fx.owner, 'retry.txt', TEXT, 'text/plain');
    const init = await call(fx.owner, 'POST', '/datasets/init', { data_source: { type: 'upload_file', info_list: infoList([file]) }, indexing_technique: 'economy', process_rule: CUSTOM_RULE });
    const datasetId = init.body.dataset.id as string;
    const documentId = init.body.documents[0].id as string;
    await indexedBatchOnConsole(fx.app, fx.owner, datasetId, init.body.batch);

    const finished = await call(fx.owner, 'POST', `/datasets/${datasetId}/retry`, { document_ids: [documentId] });
    expect(finished.body).toMatchObject({ code: 'document_already_finished', status: 400 });

    const { datasetDocuments } = await import('@tessera/db');
    const { eq } = await import('drizzle-orm');
    await fx.app.deps.db.update(datasetDocuments).set({ indexingStatus: 'error', error: 'boom' }).where(eq(datasetDocuments.id, documentId));
    const retried = await call(fx.owner, 'POST', `/datasets/${datasetId}/retry`, { document_ids: [documentId] });
    expect(retried.status, retried.text).toBe(204);
    const [status] = await indexedBatchOnConsole(fx.app, fx.owner, datasetId, init.body.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', error: null });

    const disable = await fx.app.request('PATCH', `/console/api/datasets/${datasetId}/documents/status/disable/batch?document_id=${documentId}`, { token: fx.owner.token });
    expect(disable.status, disable.text).toBe(200);
    expect(disable.body).toEqual({ result: 'success' });
    expect((await call(fx.owner, 'GET', `/datasets/${datasetId}/documents/${documentId}`)).body).toMatchObject({ enabled: false, display_status: 'disabled' });
    await fx.app.request('PATCH', `/console/api/datasets/${datasetId}/documents/status/enable/batch?document_id=${documentId}`, { token: fx.owner.token });
    expect((await call(fx.owner, 'GET', `/datasets/${datasetId}/documents/${documentId}`)).body.enabled).toBe(true);
    const bad = await fx.app.request('PATCH', `/console/api/datasets/${datasetId}/documents/status/explode/batch?document_id=${documentId}`, { token: fx.owner.token });
    expect(bad.body).toMatchObject({ code: 'invalid_action', status: 400 });

    // Another workspace sees none of it.
    for (const [method, path, json] of [
      ['POST', `/datasets/${datasetId}/retry`, { document_ids: [documentId] }],
      ['POST', `/datasets/${datasetId}/documents`, { data_source: { type: 'upload_file', info_list: infoList([file]) } }],
      ['GET', `/datasets/${datasetId}/batch/${init.body.batch}/indexing-status`, undefined],
      ['PATCH', `/datasets/${datasetId}/documents/status/disable/batch?document_id=${documentId}`, undefined],
    ] as const) {
      const res = await fx.app.request(method, `/console/api${path}`, { token: fx.other.token, json });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await call(fx.other, 'GET', '/datasets/process-rule', undefined, { document_id: documentId })).status).toBe(404);
  });

  it('keeps members without edit rights from creating documents', async () => {
    const normal = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const file = await uploadAs(fx.owner, 'owner-only.txt', TEXT, 'text/plain');
    const res = await call(normal, 'POST', '/datasets/init', { data_source: { type: 'upload_file', info_list: infoList([file]) }, indexing_technique: 'economy' });
    expect(res.status).toBe(403);
  });
});
