import { describe, expect, it } from 'vitest';
import { indexedBatchOnConsole, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { upload } from '../../files/testing';

const RULE = (mode: string, extra: Record<string, unknown> = {}) => ({
  mode,
  rules: {
    pre_processing_rules: [{ id: 'remove_extra_spaces', enabled: true }],
    segmentation: { separator: '\\n\\n', max_tokens: 100, chunk_overlap: 0 },
    ...extra,
  },
});

describe('console segments, child chunks, metadata and document names', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });
  const call = (user: SeededUser, method: string, path: string, json?: unknown) => fx.app.request(method, `/console/api${path}`, { token: user.token, json });

  async function indexed(name: string, text: string, docForm: string, rule: unknown) {
    const file = await upload(fx.app, { name, data: text, type: 'text/plain', source: 'datasets', token: fx.owner.token });
    const init = await call(fx.owner, 'POST', '/datasets/init', {
      data_source: { type: 'upload_file', info_list: { data_source_type: 'upload_file', file_info_list: { file_ids: [file.body.id] } } },
      indexing_technique: 'economy',
      doc_form: docForm,
      process_rule: rule,
    });
    expect(init.status, init.text).toBe(200);
    await indexedBatchOnConsole(fx.app, fx.owner, init.body.dataset.id, init.body.batch);
    return { datasetId: init.body.dataset.id as string, documentId: init.body.documents[0].id as string };
  }

  it('lists, filters, adds, edits, switches and deletes segments', async () => {
    const { datasetId, documentId } = await indexed('coast.txt', 'Waves break on rocks.\n\nGulls nest on cliffs.\n\nFog rolls in at dawn.', 'text_model', RULE('custom'));
    const base = `/datasets/${datasetId}/documents/${documentId}`;
    const list = await call(fx.owner, 'GET', `${base}/segments`);
    expect(list.body).toMatchObject({ total: 3, doc_form: 'text_model' });
    const [first, second] = list.body.data as { id: string; content: string }[];
    expect((await call(fx.owner, 'GET', `${base}/segments?keyword=gulls`)).body.data.map((s: { content: string }) => s.content)).toEqual(['Gulls nest on cliffs.']);

    const edited = await call(fx.owner, 'PATCH', `${base}/segments/${first!.id}`, { content: 'Waves break on granite.', keywords: ['waves'] });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.data).toMatchObject({ content: 'Waves break on granite.', keywords: ['waves'] });

    const off = await fx.app.request('PATCH', `/console/api${base}/segment/disable?segment_id=${second!.id}`, { token: fx.owner.token });
    expect(off.body).toEqual({ result: 'success' });
    expect((await call(fx.owner, 'GET', `${base}/segments?enabled=false`)).body.data.map((s: { id: string }) => s.id)).toEqual([second!.id]);
    await fx.app.request('PATCH', `/console/api${base}/segment/enable?segment_id=${second!.id}`, { token: fx.owner.token });
    expect((await call(fx.owner, 'GET', `${base}/segments?enabled=false`)).body.total).toBe(0);

    const added = await call(fx.owner, 'POST', `${base}/segment`, { content: 'Seals rest on the sand.' });
    expect(added.status, added.text).toBe(200);
    expect(added.body.data).toMatchObject({ content: 'Seals rest on the sand.', position: 4 });
    expect((await call(fx.owner, 'DELETE', `${base}/segments?segment_id=${added.body.data.id}`)).status).toBe(204);
    expect((await call(fx.owner, 'GET', `${base}/segments`)).body.total).toBe(3);

    for (const [method, path, json] of [
      ['GET', `${base}/segments`, undefined],
      ['POST', `${base}/segment`, { content: 'x' }],
      ['PATCH', `${base}/segments/${first!.id}`, { content: 'x' }],
      ['DELETE', `${base}/segments?segment_id=${first!.id}`, undefined],
      ['PATCH', `${base}/segment/disable?segment_id=${first!.id}`, undefined],
      ['POST', `${base}/rename`, { name: 'stolen' }],
      ['GET', `/datasets/${datasetId}/metadata`, undefined],
      ['POST', `/datasets/${datasetId}/metadata`, { type: 'string', name: 'x' }],
    ] as const) {
      expect((await call(fx.other, method, path, json)).status, `${method} ${path}`).toBe(404);
    }
  });

  it('edits the child chunks of a parent-child document', async () => {
    const rule = RULE('hierarchical', { parent_mode: 'paragraph', subchunk_segmentation: { separator: '. ', max_tokens: 50, chunk_overlap: 0 } });
    const { datasetId, documentId } = await indexed('parents.txt', 'Owls hunt at night. They fly silently.\n\nBats use echoes.', 'hierarchical_model', rule);
    const base = `/datasets/${datasetId}/documents/${documentId}`;
    const [parent] = (await call(fx.owner, 'GET', `${base}/segments`)).body.data as { id: string; child_chunks: { id: string; content: string }[] }[];
    expect(parent!.child_chunks.map((c) => c.content)).toEqual(['Owls hunt at night', 'They fly silently.']);
    const child = await call(fx.owner, 'POST', `${base}/segments/${parent!.id}/child_chunks`, { content: 'Owls have keen ears.' });
    expect(child.status, child.text).toBe(200);
    const changed = await call(fx.owner, 'PATCH', `${base}/segments/${parent!.id}/child_chunks/${child.body.data.id}`, { content: 'Owls hear mice.' });
    expect(changed.body.data.content).toBe('Owls hear mice.');
    expect((await call(fx.owner, 'GET', `${base}/segments/${parent!.id}/child_chunks`)).body.total).toBe(3);
    expect((await call(fx.other, 'GET', `${base}/segments/${parent!.id}/child_chunks`)).status).toBe(404);
    expect((await call(fx.owner, 'DELETE', `${base}/segments/${parent!.id}/child_chunks/${child.body.data.id}`)).status).toBe(204);
    expect((await call(fx.owner, 'GET', `${base}/segments/${parent!.id}/child_chunks`)).body.total).toBe(2);
  });

  it('manages metadata fields, built-in fields, document values and names', async () => {
    const { datasetId, documentId } = await indexed('meta.txt', 'Metadata makes filters possible.', 'text_model', RULE('custom'));
    const field = await call(fx.owner, 'POST', `/datasets/${datasetId}/metadata`, { type: 'string', name: 'author' });
    expect(field.status, field.text).toBe(201);
    const set = await call(fx.owner, 'POST', `/datasets/${datasetId}/documents/metadata`, {
      operation_data: [{ document_id: documentId, metadata_list: [{ id: field.body.id, name: 'author', value: 'Ada' }] }],
    });
    expect(set.body).toEqual({ result: 'success' });
    expect((await call(fx.owner, 'GET', `/datasets/${datasetId}/metadata`)).body).toMatchObject({ doc_metadata: [{ name: 'author', count: 1 }], built_in_field_enabled: false });
    expect((await call(fx.owner, 'PATCH', `/datasets/${datasetId}/metadata/${field.body.id}`, { name: 'writer' })).body.name).toBe('writer');
    expect((await call(fx.owner, 'POST', `/datasets/${datasetId}/metadata/built-in/enable`)).body).toEqual({ result: 'success' });
    expect((await call(fx.owner, 'GET', `/datasets/${datasetId}/metadata`)).body.built_in_field_enabled).toBe(true);
    expect((await call(fx.owner, 'GET', '/datasets/metadata/built-in')).body.fields.map((f: { name: string }) => f.name)).toContain('document_name');
    const renamed = await call(fx.owner, 'POST', `/datasets/${datasetId}/documents/${documentId}/rename`, { name: 'Metadata notes' });
    expect(renamed.body).toMatchObject({ id: documentId, name: 'Metadata notes' });
    expect((await call(fx.owner, 'POST', `/datasets/${datasetId}/documents/${documentId}/rename`, { name: '' })).body).toMatchObject({ code: 'invalid_param', status: 400 });
    expect((await call(fx.owner, 'DELETE', `/datasets/${datasetId}/metadata/${field.body.id}`)).status).toBe(204);
  });
});
