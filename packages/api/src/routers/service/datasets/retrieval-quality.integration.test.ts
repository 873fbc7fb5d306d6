import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, type SeededUser, type TestApp } from '../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../console/model-providers/test-helpers';

// A small corpus of plain facts, one per document, and questions whose answer is known.
const FACTS: Record<string, string> = {
  mercury: 'Mercury is the smallest planet and the closest to the Sun.',
  everest: 'Mount Everest is the highest mountain above sea level, on the border of Nepal and China.',
  nile: 'The Nile flows north through Egypt into the Mediterranean Sea.',
  penguin: 'Emperor penguins breed during the Antarctic winter and the males keep the eggs warm.',
  honey: 'Honey never spoils because its sugar and acidity stop bacteria from growing.',
  volcano: 'A volcano erupts when molten rock called magma rises through the crust.',
  tea: 'Green tea leaves are steamed or pan-fired soon after picking to stop oxidation.',
  chess: 'In chess the knight moves in an L shape and can jump over other pieces.',
  piano: 'A piano makes sound when felt hammers strike its steel strings.',
  rainbow: 'A rainbow appears when sunlight is refracted and reflected inside raindrops.',
  长城: '长城是中国古代修建的防御工程，全长两万多公里。',
  熊猫: '大熊猫主要吃竹子，生活在四川和陕西的山林中。',
  茶叶: '龙井茶产自杭州西湖，是著名的绿茶。',
  长江: '长江是中国最长的河流，流入东海。',
};

const QUERIES: [string, string][] = [
  ['Which planet is closest to the Sun?', 'mercury'],
  ['highest mountain Nepal', 'everest'],
  ['river through Egypt', 'nile'],
  ['penguins keep eggs warm in winter', 'penguin'],
  ['why does honey not spoil', 'honey'],
  ['magma rises volcano erupts', 'volcano'],
  ['how is green tea processed after picking', 'tea'],
  ['how does the knight move in chess', 'chess'],
  ['hammers strike strings', 'piano'],
  ['sunlight refracted in raindrops', 'rainbow'],
  ['长城有多长', '长城'],
  ['熊猫吃什么', '熊猫'],
  ['西湖龙井茶', '茶叶'],
  ['中国最长的河流', '长江'],
];

describe('retrieval quality on a corpus with known answers', () => {
  let app: TestApp;
  let server: TestModelServer;
  let owner: SeededUser;
  let key: string;
  const datasets: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestModelServer();
    app = await createTestApp();
    owner = await seedOwner(app);
    key = await createDatasetKey(app, owner);
    await addCompatibleCredential(app, owner, server);
    await addCompatibleModel(app, owner, 'test-embed', 'text-embedding', { context_size: '8192' });
    datasets.economy = (await createDatasetAs(app, owner, { name: 'Facts economy', indexing_technique: 'economy' })).id;
    datasets.high = (await createDatasetAs(app, owner, { name: 'Facts vectors', indexing_technique: 'high_quality', embedding_model: 'test-embed', embedding_model_provider: COMPATIBLE })).id;
    for (const datasetId of Object.values(datasets)) {
      for (const [name, text] of Object.entries(FACTS)) {
        const res = await app.request('POST', `/v1/datasets/${datasetId}/document/create-by-text`, { token: key, json: { name, text } });
        await indexedBatch(app, key, datasetId, res.body.batch);
      }
    }
  });
  afterAll(async () => {
    await app?.close();
    await server?.close();
  });

  const recallAt5 = async (datasetId: string, retrieval: Record<string, unknown>) => {
    let found = 0;
    const misses: string[] = [];
    for (const [query, answer] of QUERIES) {
      const res = await app.request('POST', `/v1/datasets/${datasetId}/retrieve`, {
        token: key,
        json: { query, retrieval_model: { reranking_enable: false, top_k: 5, score_threshold_enabled: false, ...retrieval } },
      });
      const names = res.body.records.map((r: { segment: { document: { name: string } } }) => r.segment.document.name);
      if (names.includes(answer)) found++;
      else misses.push(query);
    }
    return { recall: found / QUERIES.length, misses };
  };

  // The test server's embedding hashes whole words and their trigrams, and an unspaced Chinese
  // sentence is one "word" to it, so pure vector search over Chinese is weaker than a real model's;
  // the word-segmented full-text index is what makes hybrid search find every answer.
  it.each([
    ['keyword (economy full text)', 'economy', { search_method: 'full_text_search' }, 1],
    ['vector', 'high', { search_method: 'semantic_search' }, 0.75],
    [
      'hybrid (weighted)',
      'high',
      {
        search_method: 'hybrid_search',
        reranking_mode: 'weighted_score',
        weights: { vector_setting: { vector_weight: 0.5, embedding_provider_name: COMPATIBLE, embedding_model_name: 'test-embed' }, keyword_setting: { keyword_weight: 0.5 } },
      },
      1,
    ],
  ] as const)('%s: recall@5 at its expected level, Chinese questions included', async (_label, which, retrieval, expected) => {
    const { recall, misses } = await recallAt5(datasets[which]!, retrieval);
    expect(recall, `missed: ${misses.join(' | ')}`).toBeGreaterThanOrEqual(expected);
    if (which === 'high') expect(misses.every((q) => /\p{Script=Han}/u.test(q)), 'every English question is answered').toBe(true);
  });
});
