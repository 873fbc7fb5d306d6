import { cosineSimilarity, deterministicEmbedding } from '../embedding';
import { sendVendorError, type HandlerContext } from '../handler-context';
import { sendJson } from '../http-io';
import { asArray, asNumber, asRecord, asString } from '../json-access';
import { countWords } from '../tokenizer';

interface Ranked {
  index: number;
  relevance_score: number;
  text: string;
}

/** `POST …/rerank` in the Jina / OpenAI-compatible dialect. */
export function handleJinaRerank(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const request = readRerankRequest(ctx, body);
  if (!request) return;
  const ranked = rank(request.query, request.documents, asNumber(body.top_n));
  const withDocuments = body.return_documents !== false;
  sendJson(ctx.res, 200, {
    model: asString(body.model) ?? 'test-reranker',
    usage: { total_tokens: countWords(request.query) + request.documents.reduce((sum, doc) => sum + countWords(doc), 0) },
    results: ranked.map(({ index, relevance_score, text }) => ({
      index,
      relevance_score,
      ...(withDocuments && { document: { text } }),
    })),
  });
}

/** Cohere v2's `POST …/v2/rerank`. */
export function handleCohereRerank(ctx: HandlerContext): void {
  const body = asRecord(ctx.body);
  const request = readRerankRequest(ctx, body);
  if (!request) return;
  sendJson(ctx.res, 200, {
    id: ctx.state.nextId('rerank-'),
    results: rank(request.query, request.documents, asNumber(body.top_n)).map(({ index, relevance_score }) => ({
      index,
      relevance_score,
    })),
    meta: { api_version: { version: '2' }, billed_units: { search_units: 1 } },
  });
}

function readRerankRequest(ctx: HandlerContext, body: Record<string, unknown>) {
  const query = asString(body.query) ?? asString(asRecord(body.query).text);
  const documents = asArray(body.documents).map(
    (doc) => asString(doc) ?? asString(asRecord(doc).text) ?? JSON.stringify(doc),
  );
  if (query === undefined || documents.length === 0) {
    sendVendorError(ctx, 400, 'bad_request', 'A rerank request needs a query and at least one document.');
    return undefined;
  }
  return { query, documents };
}

/** Scores are cosine similarities of the deterministic embeddings, best first, ties in input order. */
function rank(query: string, documents: string[], topN: number | undefined): Ranked[] {
  const queryVector = deterministicEmbedding(query);
  const scored = documents.map((text, index) => ({
    index,
    text,
    relevance_score: Math.min(1, Math.max(0, cosineSimilarity(queryVector, deterministicEmbedding(text)))),
  }));
  scored.sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index);
  return topN !== undefined && topN > 0 ? scored.slice(0, topN) : scored;
}
