/**
 * A stand-in for the model vendors in tests and benchmarks: point the real AI SDK providers at
 * `startTestModelServer()` and every call stays on 127.0.0.1 with predictable answers.
 */
export { startTestModelServer } from './server';
export type {
  FailureSpec,
  LatencySettings,
  RecordedRequest,
  ScriptedReply,
  TestModelServer,
  TestModelServerOptions,
} from './types';
export { cosineSimilarity, deterministicEmbedding } from './embedding';
export { decodeSpokenText, encodeSpokenText } from './wav-codec';
export { exampleFromSchema } from './schema-example';
export { countWords, splitTokens } from './tokenizer';
