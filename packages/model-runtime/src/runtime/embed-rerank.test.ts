import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cosineSimilarity, deterministicEmbedding, startTestModelServer, type TestModelServer } from '../testing';
import { caller, credentialsFor, recordingRuntime, targetFor } from './test-fixtures';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('embed', () => {
  it('batches by the model’s max_chunks and keeps the input order', async () => {
    const { runtime, records } = recordingRuntime();
    const target = targetFor('openai', 'text-embedding-3-small', 'text-embedding', credentialsFor(server.url).openai);
    expect(target.definition.model_properties.max_chunks).toBe(32);
    const texts = Array.from({ length: 70 }, (_, i) => `document number ${i}`);
    const result = await runtime.embed({ target, texts, caller });

    expect(server.requests.map((request) => (request.body as { input: string[] }).input.length)).toEqual([32, 32, 6]);
    expect(result.embeddings).toHaveLength(70);
    const dimensions = result.embeddings[0]!.length;
    for (const index of [0, 31, 32, 69]) {
      expect(cosineSimilarity(result.embeddings[index]!, deterministicEmbedding(texts[index]!, dimensions))).toBeCloseTo(1, 5);
    }
    expect(result.usage.tokens).toBe(210);
    expect(result.usage).toMatchObject({ total_tokens: 210, unit_price: '0.02', price_unit: '0.000001', total_price: '0.0000042' });
    expect(records).toEqual([expect.objectContaining({ modelType: 'text-embedding', promptTokens: 210, totalPrice: '0.0000042' })]);
  });

  it('makes no call for no texts', async () => {
    const { runtime } = recordingRuntime();
    const target = targetFor('openai', 'text-embedding-3-small', 'text-embedding', credentialsFor(server.url).openai);
    await expect(runtime.embed({ target, texts: [], caller })).resolves.toMatchObject({ embeddings: [] });
    expect(server.requests).toHaveLength(0);
  });
});

describe('rerank', () => {
  const documents = [
    'Paris is the capital and largest city of France.',
    'Bananas are rich in potassium.',
    'France borders Spain, Italy and Germany.',
    'The Eiffel Tower is in Paris, France.',
  ];
  const target = () => targetFor('jina', 'jina-reranker-v2-base-multilingual', 'rerank', credentialsFor(server.url).jina);

  it('orders documents best first with their original index and text', async () => {
    const { runtime } = recordingRuntime();
    const result = await runtime.rerank({ target: target(), query: 'capital of France', documents, caller });
    expect(result.docs).toHaveLength(4);
    const scores = result.docs.map((doc) => doc.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const doc of result.docs) expect(doc.text).toBe(documents[doc.index]);
    expect(result.docs.at(-1)!.index).toBe(1);
  });

  it('applies topN and the score threshold', async () => {
    const { runtime } = recordingRuntime();
    const all = await runtime.rerank({ target: target(), query: 'capital of France', documents, caller });
    const top = await runtime.rerank({ target: target(), query: 'capital of France', documents, topN: 2, caller });
    expect(top.docs).toEqual(all.docs.slice(0, 2));
    expect((server.requests.at(-1)!.body as { top_n?: number }).top_n).toBe(2);

    const threshold = (all.docs[1]!.score + all.docs[2]!.score) / 2;
    const strong = await runtime.rerank({ target: target(), query: 'capital of France', documents, scoreThreshold: threshold, caller });
    expect(strong.docs.map((doc) => doc.index)).toEqual(all.docs.slice(0, 2).map((doc) => doc.index));
  });

  it('reranks through an OpenAI-compatible server’s /rerank', async () => {
    const { runtime } = recordingRuntime();
    const custom = targetFor('openai_api_compatible', 'bge-reranker', 'rerank', credentialsFor(server.url).openai_api_compatible);
    const result = await runtime.rerank({ target: custom, query: 'are bananas rich in potassium', documents, topN: 1, caller });
    expect(result.docs).toEqual([expect.objectContaining({ index: 1 })]);
    expect(server.requests.at(-1)!.path).toBe('/v1/rerank');
  });
});
