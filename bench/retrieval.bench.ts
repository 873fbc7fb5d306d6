// Retrieval on the embedded engine (PGlite): hit-testing latency for full-text, vector and hybrid
// search at growing corpus sizes, through the knowledge API's handler and, on the same tables and
// indexes, as bare SQL (the floor); then indexing throughput through the index-document job for
// economy and high_quality datasets against the test model server.
//
// Segments are seeded in bulk with SQL (the indexing job would take hours at 100k). Sizes and the
// amount of text indexed come from the environment, for a quick run:
//   RETRIEVAL_BENCH_SIZES=2000 RETRIEVAL_BENCH_INDEX_MB=0.25 npm run bench -- retrieval
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '@tessera/db';
import { createDatasetAs, createDatasetKey, createTestApp, indexedBatch, seedOwner, type SeededUser, type TestApp } from '@tessera/api/testing';
import { deterministicEmbedding, startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';

const SIZES = (process.env.RETRIEVAL_BENCH_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const INDEX_MB = Number(process.env.RETRIEVAL_BENCH_INDEX_MB ?? 1);
const ITERATIONS = Number(process.env.RETRIEVAL_BENCH_ITERATIONS ?? 40);
const DIMS = 256;
const TOP_K = 10;
const PROVIDER = 'openai_api_compatible';
const EMBED_MODEL = 'test-embed';

/** A deterministic pseudo-random source, so every run seeds the same corpus. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = rng(42);
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zu', 'pa', 'ri', 'do', 'fe', 'gu', 'hi', 'jo', 'ba', 'ce', 'ti', 'mo'];
const VOCABULARY = Array.from({ length: 6000 }, (_, i) => {
  let word = '';
  for (let n = i + 1, parts = 0; parts < 2 || n > 0; parts++, n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
/** Zipf-like: low ranks are common, as in real text. */
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.2)]!;
const sentence = (words: number) => Array.from({ length: words }, word).join(' ') + '.';
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 10))).join(' ');
const QUERIES = Array.from({ length: 30 }, () => Array.from({ length: 3 }, () => VOCABULARY[200 + Math.floor(random() * 3000)]!).join(' '));

interface Corpus {
  workspaceId: string;
  datasetId: string;
  documentId: string;
  createdBy: string;
  embeddingModel: string;
  size: number;
}

/** Adds segments and their index entries until the corpus has `target` of them, in batches of plain SQL. */
async function seedTo(db: Database, corpus: Corpus, target: number) {
  const batch = 500;
  while (corpus.size < target) {
    const n = Math.min(batch, target - corpus.size);
    const rows = Array.from({ length: n }, (_, i) => {
      const content = paragraph();
      return { id: randomUUID(), position: corpus.size + i + 2, content, embedding: `{${deterministicEmbedding(content, DIMS).join(',')}}` };
    });
    const segmentValues = sql.join(
      rows.map(
        (r) =>
          sql`(${r.id}::uuid, ${corpus.workspaceId}::uuid, ${corpus.datasetId}::uuid, ${corpus.documentId}::uuid, ${r.position}, ${r.content}, ${r.content.length}, 'completed', ${corpus.createdBy}::uuid, now())`,
      ),
      sql`, `,
    );
    await db.execute(
      sql`insert into document_segments (id, workspace_id, dataset_id, document_id, position, content, word_count, status, created_by, completed_at) values ${segmentValues}`,
    );
    const entryValues = sql.join(
      rows.map(
        (r) =>
          sql`(${r.id}::uuid, ${corpus.workspaceId}::uuid, ${corpus.datasetId}::uuid, ${corpus.documentId}::uuid, ${r.id}::uuid, to_tsvector('simple', ${r.content}), ${r.embedding}::real[], ${DIMS}, ${corpus.embeddingModel})`,
      ),
      sql`, `,
    );
    await db.execute(
      sql`insert into segment_index_entries (node_id, workspace_id, dataset_id, document_id, segment_id, search_text, embedding, dimensions, embedding_model) values ${entryValues}`,
    );
    corpus.size += n;
  }
}

const HNSW = `segment_index_entries_hnsw_${DIMS}`;
async function createHnsw(db: Database) {
  // The graph of 100k vectors does not fit the default 64 MB, and building it piecemeal takes far longer.
  await db.execute(sql.raw(`set maintenance_work_mem = '${process.env.RETRIEVAL_BENCH_BUILD_MEM ?? '512MB'}'`));
  await db.execute(sql.raw(`create index if not exists ${HNSW} on segment_index_entries using hnsw ((embedding::vector(${DIMS})) vector_cosine_ops) where dimensions = ${DIMS}`));
}

/** The searches as bare SQL on the same tables and indexes: what the engine alone costs. */
function floor(db: Database, corpus: Corpus) {
  const fullText = (query: string) =>
    queryRows(
      db,
      sql`select node_id, ts_rank_cd(search_text, q, 32) as score from segment_index_entries, to_tsquery('simple', ${query.split(' ').join(' | ')}) q
        where dataset_id = ${corpus.datasetId}::uuid and search_text @@ q order by score desc limit ${TOP_K}`,
    );
  const vector = (query: string) => {
    const literal = `[${deterministicEmbedding(query, DIMS).join(',')}]`;
    return queryRows(
      db,
      sql`select node_id, 1 - (embedding::vector(${sql.raw(String(DIMS))}) <=> ${literal}::vector(${sql.raw(String(DIMS))})) as score from segment_index_entries
        where dataset_id = ${corpus.datasetId}::uuid and dimensions = ${DIMS} order by embedding::vector(${sql.raw(String(DIMS))}) <=> ${literal}::vector(${sql.raw(String(DIMS))}) limit ${TOP_K}`,
    );
  };
  return { fullText, vector, hybrid: (query: string) => Promise.all([fullText(query), vector(query)]) };
}

function retrievalModel(method: string) {
  return {
    search_method: method,
    reranking_enable: false,
    reranking_mode: method === 'hybrid_search' ? 'weighted_score' : null,
    weights:
      method === 'hybrid_search'
        ? { weight_type: 'customized', vector_setting: { vector_weight: 0.7, embedding_provider_name: PROVIDER, embedding_model_name: EMBED_MODEL }, keyword_setting: { keyword_weight: 0.3 } }
        : null,
    top_k: TOP_K,
    score_threshold_enabled: false,
  };
}

async function setUpModels(app: TestApp, owner: SeededUser, server: TestModelServer) {
  const base = '/console/api/workspaces/current/model-providers';
  const credential = await app.request('POST', `${base}/${PROVIDER}/credentials`, { token: owner.token, json: { credentials: { endpoint_url: server.openaiBaseUrl, api_key: 'sk-bench-0123456789' } } });
  if (credential.status >= 300) throw new Error(`credential: ${credential.status} ${credential.text}`);
  const model = await app.request('POST', `${base}/${PROVIDER}/models/credentials`, { token: owner.token, json: { model: EMBED_MODEL, model_type: 'text-embedding', credentials: { context_size: '8192' } } });
  if (model.status >= 300) throw new Error(`model: ${model.status} ${model.text}`);
}

const ms = (x: number) => x.toFixed(1).padStart(8);

/**
 * Times the handler and the floor in alternation, one query each way per round, so both see the
 * same machine: on a shared, loaded machine a block of one followed by a block of the other
 * compares two different loads.
 */
async function measurePair(iterations: number, handler: (query: string) => Promise<unknown>, bare: (query: string) => Promise<unknown>, nextQuery: () => string) {
  for (let i = 0; i < Math.min(10, iterations); i++) {
    const query = nextQuery();
    await handler(query);
    await bare(query);
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < iterations; i++) {
    const query = nextQuery();
    for (const [n, fn] of [handler, bare].entries()) {
      const t0 = performance.now();
      await fn(query);
      samples[n]!.push(performance.now() - t0);
    }
  }
  const stats = (values: number[]) => {
    values.sort((a, b) => a - b);
    const pick = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
    return { p50: pick(0.5), p95: pick(0.95) };
  };
  return { service: stats(samples[0]), sqlOnly: stats(samples[1]) };
}

async function searchLatency(app: TestApp, server: TestModelServer, key: string, corpus: Corpus, rows: string[][]) {
  const bare = floor(app.deps.db, corpus);
  let i = 0;
  const nextQuery = () => QUERIES[i++ % QUERIES.length]!;
  for (const [label, method, bareFn] of [
    ['full-text', 'full_text_search', bare.fullText],
    ['vector', 'semantic_search', bare.vector],
    ['hybrid', 'hybrid_search', bare.hybrid],
  ] as const) {
    const embedCalls = () => server.requests.filter((r) => r.path.includes('embeddings')).length;
    const callsBefore = embedCalls();
    const handler = async (query: string) => {
      const res = await app.request('POST', `/v1/datasets/${corpus.datasetId}/retrieve`, { token: key, json: { query, retrieval_model: retrievalModel(method) } });
      if (res.status !== 200) throw new Error(`${method}: ${res.status} ${res.text}`);
    };
    const { service, sqlOnly } = await measurePair(ITERATIONS, handler, bareFn, nextQuery);
    const modelCalls = embedCalls() - callsBefore;
    rows.push([String(corpus.size), label, ms(service.p50), ms(service.p95), ms(sqlOnly.p50), ms(sqlOnly.p95), String(modelCalls).padStart(11)]);
    console.log(`  measured ${label} at ${corpus.size}: service p50 ${service.p50.toFixed(1)} ms, floor p50 ${sqlOnly.p50.toFixed(1)} ms`);
  }
}

async function indexingThroughput(app: TestApp, key: string, owner: SeededUser, technique: 'economy' | 'high_quality') {
  const dataset = await createDatasetAs(app, owner, {
    name: `Throughput ${technique}`,
    indexing_technique: technique,
    ...(technique === 'high_quality' ? { embedding_model: EMBED_MODEL, embedding_model_provider: PROVIDER } : {}),
  });
  const documents = 4;
  const perDocument = Math.max(1, Math.round((INDEX_MB * 1024 * 1024) / documents));
  const texts = Array.from({ length: documents }, () => {
    let text = '';
    while (text.length < perDocument) text += paragraph() + '\n\n';
    return text.slice(0, perDocument);
  });
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const started = performance.now();
  const batches: string[] = [];
  for (const [n, text] of texts.entries()) {
    const res = await app.request('POST', `/v1/datasets/${dataset.id}/document/create-by-text`, { token: key, json: { name: `doc-${n}`, text, process_rule: { mode: 'automatic' } } });
    if (res.status !== 200) throw new Error(`create: ${res.status} ${res.text}`);
    batches.push(res.body.batch);
  }
  for (const batch of batches) {
    const [status] = await indexedBatch(app, key, dataset.id, batch);
    if (status?.indexing_status !== 'completed') throw new Error(`indexing failed: ${JSON.stringify(status)}`);
  }
  const minutes = (performance.now() - started) / 60_000;
  return { mb: bytes / 1024 / 1024, minutes, perMinute: bytes / 1024 / 1024 / minutes };
}

export async function run(): Promise<void> {
  const server = await startTestModelServer();
  const app = await createTestApp();
  try {
    const owner = await seedOwner(app);
    const key = await createDatasetKey(app, owner);
    await setUpModels(app, owner, server);
    const dataset = await createDatasetAs(app, owner, { name: 'Retrieval bench', indexing_technique: 'high_quality', embedding_model: EMBED_MODEL, embedding_model_provider: PROVIDER });
    const first = await app.request('POST', `/v1/datasets/${dataset.id}/document/create-by-text`, { token: key, json: { name: 'corpus', text: paragraph(), process_rule: { mode: 'automatic' } } });
    await indexedBatch(app, key, dataset.id, first.body.batch);
    const [entry] = await queryRows<{ document_id: string; embedding_model: string }>(
      app.deps.db,
      sql`select document_id, embedding_model from segment_index_entries where dataset_id = ${dataset.id}::uuid limit 1`,
    );
    const corpus: Corpus = { workspaceId: owner.workspaceId, datasetId: dataset.id, documentId: entry!.document_id, createdBy: owner.accountId, embeddingModel: entry!.embedding_model, size: 1 };

    const rows: string[][] = [];
    for (const size of SIZES) {
      const t0 = performance.now();
      // Bulk loads build the HNSW index once, after the rows are in.
      await app.deps.db.execute(sql.raw(`drop index if exists ${HNSW}`));
      await seedTo(app.deps.db, corpus, size);
      const seeded = performance.now();
      await createHnsw(app.deps.db);
      await app.deps.db.execute(sql`analyze`);
      console.log(`seeded ${size} segments in ${((seeded - t0) / 1000).toFixed(1)} s, HNSW index and analyze in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
      await searchLatency(app, server, key, corpus, rows);
    }
    console.log(`\nhit-testing latency, top_k=${TOP_K}, ${DIMS}-dim embeddings, ${ITERATIONS} queries each (ms)`);
    console.log(['segments'.padStart(9), 'search'.padEnd(10), 'service p50', 'service p95', '  floor p50', '  floor p95', 'model calls'].join('  '));
    for (const r of rows) console.log([r[0]!.padStart(9), r[1]!.padEnd(10), r[2]!.padStart(11), r[3]!.padStart(11), r[4]!.padStart(11), r[5]!.padStart(11), r[6]!].join('  '));
    console.log(
      `model calls: query embeddings the handler asked the model server for during its ${ITERATIONS} searches. The ${QUERIES.length} query texts repeat,\n` +
        'and a query vector is reused for 60 s per workspace, model and text, so repeats (and hybrid after vector) cost no call; the floor never embeds.',
    );

    console.log(`\nindexing throughput through the index-document job (${INDEX_MB} MB of text in 4 documents)`);
    for (const technique of ['economy', 'high_quality'] as const) {
      const r = await indexingThroughput(app, key, owner, technique);
      console.log(`${technique.padEnd(13)} ${r.mb.toFixed(2)} MB in ${(r.minutes * 60).toFixed(1)} s = ${r.perMinute.toFixed(2)} MB/min`);
    }
    console.log(`rss=${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)}MB`);
  } finally {
    await app.close();
    await server.close();
  }
}
