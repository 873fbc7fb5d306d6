import { describe, expect, it } from 'vitest';
import { createDatasetAs, createDatasetKey, indexedBatch } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';
import { upload } from '../../files/testing';
import { addCompatibleCredential, addCompatibleModel } from '../../console/model-providers/test-helpers';

const fx = useIntegrationFixture({ models: true, otherWorkspace: true });

const PASSAGES = [
  'The lighthouse keeper climbed the spiral stairs every evening to light the lamp.',
  'Bees collect nectar from flowers and turn it into honey inside the hive.',
].join('\n\n');
const rule = { mode: 'custom', rules: { pre_processing_rules: [], segmentation: { separator: '\n\n', max_tokens: 200 } } };

type Recorded = { path: string; body: { messages?: { role: string; content: string }[] } };
const chatCalls = () => (fx.models.requests as Recorded[]).filter((r) => r.path.endsWith('/chat/completions'));

describe('Q&A documents: a model writes the pairs while indexing', () => {
  let key: string;
  const setUp = async () => {
    if (key) return;
    key = await createDatasetKey(fx.app, fx.owner);
    expect((await addCompatibleCredential(fx.app, fx.owner, fx.models)).status).toBe(201);
    expect((await addCompatibleModel(fx.app, fx.owner, 'test-llm', 'llm', { context_size: '8192' })).status).toBe(201);
  };
  const addQaText = async (datasetId: string, text: string, language = 'English', token = key) =>
    fx.app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, {
      token,
      json: { name: 'qa', text, process_rule: rule, doc_form: 'qa_model', doc_language: language },
    });

  it('turns each chunk into question/answer segments in the document language, and full-text search reads the answers', async () => {
    await setUp();
    const kb = await createDatasetAs(fx.app, fx.owner, { indexing_technique: 'economy' });
    fx.models.reset();
    fx.models.script({ text: 'Q1: What does the keeper do each evening?\nA1: He climbs the spiral stairs and lights the lamp.' });
    fx.models.script({ text: 'Q1: What do bees collect?\nA1: Nectar from flowers.\nQ2: What do bees make?\nA2: Honey, inside the hive.' });
    const created = await addQaText(kb.id, PASSAGES, 'Chinese');
    expect(created.status, created.text).toBe(200);
    expect(created.body.document).toMatchObject({ doc_form: 'qa_model' });
    const [status] = await indexedBatch(fx.app, key, kb.id, created.body.batch);
    expect(status).toMatchObject({ indexing_status: 'completed', error: null, completed_segments: 3, total_segments: 3 });

    const calls = chatCalls();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.body.messages![0]).toMatchObject({ role: 'system', content: expect.stringContaining('Answer in Chinese') });
    expect(calls.map((c) => c.body.messages!.at(-1)!.content)).toEqual(PASSAGES.split('\n\n'));

    const segments = await fx.app.request('GET', `/v1/datasets/${kb.id}/documents/${created.body.document.id}/segments`, { token: key });
    expect(segments.status).toBe(200);
    expect(segments.body.doc_form).toBe('qa_model');
    expect(segments.body.data.map((s: { position: number; content: string; answer: string }) => [s.position, s.content, s.answer])).toEqual([
      [1, 'What does the keeper do each evening?', 'He climbs the spiral stairs and lights the lamp.'],
      [2, 'What do bees collect?', 'Nectar from flowers.'],
      [3, 'What do bees make?', 'Honey, inside the hive.'],
    ]);

    const found = await fx.app.request('POST', `/v1/datasets/${kb.id}/retrieve`, {
      token: key,
      json: { query: 'honey', retrieval_model: { search_method: 'keyword_search', reranking_enable: false, top_k: 3, score_threshold_enabled: false } },
    });
    expect(found.status, found.text).toBe(200);
    expect(found.body.records.map((r: { segment: { content: string } }) => r.segment.content)).toEqual(['What do bees make?']);

    const otherKey = await createDatasetKey(fx.app, fx.other);
    const foreign = await fx.app.request('GET', `/v1/datasets/${kb.id}/documents/${created.body.document.id}/segments`, { token: otherKey });
    expect(foreign.status).toBe(404);
  });

  it('stops at a model error: the document fails with the vendor message after the batch it could not write', async () => {
    await setUp();
    const kb = await createDatasetAs(fx.app, fx.owner, { indexing_technique: 'economy' });
    const text = Array.from({ length: 12 }, (_, i) => `Passage number ${i + 1} tells fact ${i + 1}.`).join('\n\n');
    fx.models.reset();
    for (let i = 1; i <= 10; i++) fx.models.script({ text: `Q1: Question ${i}?\nA1: Answer ${i}.` });
    // Each answer takes a while, so the failure can be armed after the tenth call has arrived.
    fx.models.setLatency({ ttftMs: 150 });
    const created = await addQaText(kb.id, text);
    while (chatCalls().length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    fx.models.failNext({ status: 400, body: { error: { message: 'bad request from vendor', type: 'invalid_request_error' } }, times: 1 });
    const [status] = await indexedBatch(fx.app, key, kb.id, created.body.batch);
    expect(status).toMatchObject({ indexing_status: 'error', error: expect.stringContaining('bad request from vendor') });
    fx.models.setLatency({ ttftMs: 0 });
    // Ten chunks answered in the first step, then the failed call: nothing after it was asked.
    expect(chatCalls()).toHaveLength(11);
    const segments = await fx.app.request('GET', `/v1/datasets/${kb.id}/documents/${created.body.document.id}/segments`, { token: key });
    expect(segments.body.data).toHaveLength(10);
  });

  it('marks the document as failed with the reason when the workspace has no model to write the pairs', async () => {
    const otherKey = await createDatasetKey(fx.app, fx.other);
    const kb = await createDatasetAs(fx.app, fx.other, { indexing_technique: 'economy' });
    const created = await addQaText(kb.id, PASSAGES, 'English', otherKey);
    expect(created.status, created.text).toBe(200);
    const [status] = await indexedBatch(fx.app, otherKey, kb.id, created.body.batch);
    expect(status).toMatchObject({ indexing_status: 'error', error: expect.stringContaining('No llm model is available') });
  });

  it('estimates a Q&A document as 20 pairs a chunk and previews the pairs of the first chunk', async () => {
    await setUp();
    const uploaded = await upload(fx.app, { name: 'facts.txt', data: PASSAGES, type: 'text/plain', source: 'datasets', token: fx.owner.token });
    expect(uploaded.status, uploaded.text).toBe(201);
    fx.models.reset();
    fx.models.script({ text: 'Q1: Who lights the lamp?\nA1: The lighthouse keeper.' });
    const res = await fx.app.request('POST', '/console/api/datasets/indexing-estimate', {
      token: fx.owner.token,
      json: {
        info_list: { data_source_type: 'upload_file', file_info_list: { file_ids: [uploaded.body.id] } },
        process_rule: rule,
        indexing_technique: 'economy',
        doc_form: 'qa_model',
        doc_language: 'English',
      },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.total_segments).toBe(40);
    expect(res.body.qa_preview).toEqual([{ question: 'Who lights the lamp?', answer: 'The lighthouse keeper.' }]);
    expect(chatCalls()).toHaveLength(1);
    expect(chatCalls()[0]!.body.messages!.at(-1)!.content).toBe(PASSAGES.split('\n\n')[0]);
  });
});
