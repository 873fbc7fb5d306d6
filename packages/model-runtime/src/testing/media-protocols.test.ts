import { createCohere } from '@ai-sdk/cohere';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { embedMany, experimental_generateSpeech as generateSpeech, experimental_transcribe as transcribe, rerank } from 'ai';
import { createOllama } from 'ollama-ai-provider-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cosineSimilarity,
  deterministicEmbedding,
  encodeSpokenText,
  startTestModelServer,
  type TestModelServer,
} from './index';

let server: TestModelServer;
beforeAll(async () => {
  server = await startTestModelServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const openai = () => createOpenAI({ baseURL: server.openaiBaseUrl, apiKey: 'k' });
const texts = ['The cat sat on the mat', 'A cat was sitting on a mat', 'Quarterly revenue grew by five percent'];

async function postJson(path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: JSON.stringify(body),
  });
}

describe('embeddings', () => {
  const embedders = [
    ['openai', () => openai().embedding('text-embedding-3-small'), '/v1/embeddings'],
    [
      'gemini',
      () => createGoogleGenerativeAI({ baseURL: `${server.url}/v1beta`, apiKey: 'k' }).embedding('gemini-embedding-001'),
      ':batchEmbedContents',
    ],
    ['cohere', () => createCohere({ baseURL: `${server.url}/v2`, apiKey: 'k' }).embedding('embed-v4.0'), '/v2/embed'],
    ['ollama', () => createOllama({ baseURL: `${server.url}/api` }).embedding('nomic-embed-text'), '/api/embed'],
  ] as const;

  it.each(embedders)('%s: deterministic, and similar texts are closer than unrelated ones', async (_name, model, path) => {
    const first = await embedMany({ model: model(), values: texts });
    const second = await embedMany({ model: model(), values: texts });
    expect(first.embeddings).toEqual(second.embeddings);
    expect(first.embeddings[0]).toEqual(deterministicEmbedding(texts[0]!, 256));
    const [cat, sittingCat, revenue] = first.embeddings as [number[], number[], number[]];
    expect(cosineSimilarity(cat, sittingCat)).toBeGreaterThan(cosineSimilarity(cat, revenue) + 0.3);
    expect(server.requests[0]?.path).toContain(path);
  });

  it('honours dimensions and base64 encoding on the OpenAI endpoint', async () => {
    const request = { model: 'e', input: 'hello world', dimensions: 8, encoding_format: 'base64' };
    const response = await postJson('/v1/embeddings', request);
    const body = (await response.json()) as { data: { embedding: string }[]; usage: { prompt_tokens: number } };
    const bytes = Buffer.from(body.data[0]!.embedding, 'base64');
    const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    expect(decoded).toHaveLength(8);
    expect(cosineSimilarity(decoded, deterministicEmbedding('hello world', 8))).toBeCloseTo(1, 5);
    expect(body.usage.prompt_tokens).toBe(2);
  });

  it('embeds a single value through Gemini embedContent', async () => {
    const google = createGoogleGenerativeAI({ baseURL: `${server.url}/v1beta`, apiKey: 'k' });
    const { embeddings } = await embedMany({ model: google.embedding('gemini-embedding-001'), values: ['solo'] });
    expect(embeddings[0]).toEqual(deterministicEmbedding('solo', 256));
    expect(server.requests[0]?.path).toBe('/v1beta/models/gemini-embedding-001:embedContent');
  });
});

describe('rerank', () => {
  const documents = ['Paris is the capital of France', 'Bananas are yellow fruit', 'The capital city of France is Paris'];

  it('ranks through Cohere v2 best first, honouring topN', async () => {
    const cohere = createCohere({ baseURL: `${server.url}/v2`, apiKey: 'k' });
    const result = await rerank({ model: cohere.reranking('rerank-v3.5'), query: 'capital of France', documents, topN: 2 });
    expect(result.ranking.map((entry) => entry.originalIndex).sort()).toEqual([0, 2]);
    expect(result.ranking[0]!.score).toBeGreaterThanOrEqual(result.ranking[1]!.score);
    expect(result.ranking[1]!.score).toBeLessThanOrEqual(1);
    expect(server.requests[0]?.path).toBe('/v2/rerank');
  });

  it('answers the Jina-style dialect with documents and usage', async () => {
    const request = { model: 'jina-reranker', query: 'yellow fruit', documents: documents.map((text) => ({ text })) };
    const response = await postJson('/v1/rerank', request);
    const body = (await response.json()) as {
      results: { index: number; relevance_score: number; document?: { text: string } }[];
      usage: { total_tokens: number };
    };
    expect(body.results.map((result) => result.index).sort()).toEqual([0, 1, 2]);
    expect(body.results[0]).toMatchObject({ index: 1, document: { text: documents[1] } });
    expect(body.results[0]!.relevance_score).toBeGreaterThan(body.results[1]!.relevance_score);
    expect(body.usage.total_tokens).toBe(2 + 6 + 4 + 7);

    const bare = await postJson('/rerank', { query: 'q', documents: ['a', 'b'], top_n: 1, return_documents: false });
    const { results } = (await bare.json()) as { results: unknown[] };
    expect(results).toEqual([{ index: expect.any(Number), relevance_score: expect.any(Number) }]);
  });
});

describe('audio', () => {
  it('round-trips text through speech and transcription', async () => {
    const text = 'Hello from the test server';
    const speech = await generateSpeech({ model: openai().speech('tts-1'), text, outputFormat: 'wav' });
    expect(speech.audio.mediaType).toBe('audio/wav');
    expect(Buffer.from(speech.audio.uint8Array)).toEqual(Buffer.from(encodeSpokenText('Hello from the test server')));
    const transcript = await transcribe({ model: openai().transcription('whisper-1'), audio: speech.audio.uint8Array });
    expect(transcript.text).toBe('Hello from the test server');
    expect(Buffer.isBuffer(server.requests[1]?.body)).toBe(true);
  });

  it('labels speech with the requested format and describes audio it cannot read', async () => {
    const mp3 = await postJson('/v1/audio/speech', { model: 'tts-1', input: 'hi', voice: 'alloy' });
    expect(mp3.headers.get('content-type')).toBe('audio/mpeg');
    const form = new FormData();
    form.append('model', 'whisper-1');
    form.append('file', new File([new Uint8Array([1, 2, 3, 4, 5])], 'noise.mp3', { type: 'audio/mpeg' }));
    const response = await fetch(`${server.url}/v1/audio/transcriptions`, { method: 'POST', body: form });
    expect(await response.json()).toMatchObject({ text: 'audio of 5 bytes' });
  });
});

describe('moderation and listings', () => {
  it('flags texts with listed words in OpenAI moderation shape', async () => {
    const input = ['I will bomb the exam', 'a lovely day'];
    const response = await postJson('/v1/moderations', { model: 'omni-moderation-latest', input });
    const body = (await response.json()) as {
      results: { flagged: boolean; categories: Record<string, boolean>; category_scores: Record<string, number> }[];
    };
    expect(body.results.map((result) => result.flagged)).toEqual([true, false]);
    expect(body.results[0]!.categories.violence).toBe(true);
    expect(body.results[0]!.category_scores.violence).toBeGreaterThan(0.9);
    expect(body.results[1]!.categories.hate).toBe(false);
  });

  it('lists models for OpenAI-style clients and Ollama tags', async () => {
    const listing = await fetch(`${server.url}/v1/models`, { headers: { authorization: 'Bearer k' } });
    const models = (await listing.json()) as { data: { id: string }[] };
    expect(models.data.map((model) => model.id)).toContain('gpt-4o-mini');
    const tags = (await (await fetch(`${server.url}/api/tags`)).json()) as { models: { name: string }[] };
    expect(tags.models[0]?.name).toBe('llama3.2:latest');
    const refused = await fetch(`${server.url}/v1/models`, { headers: { authorization: 'Bearer invalid' } });
    expect(refused.status).toBe(401);
  });
});
