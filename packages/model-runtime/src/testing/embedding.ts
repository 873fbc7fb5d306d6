/**
 * Embeddings that need no model: words and character trigrams are hashed into buckets, so texts that share
 * vocabulary point in similar directions and the same text always gives the same unit vector.
 */
export function deterministicEmbedding(text: string, dimensions = 256): number[] {
  const size = Math.max(1, Math.floor(dimensions));
  const vector = new Array<number>(size).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    vector[fnv1a(`w:${word}`) % size]! += 1;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) vector[fnv1a(`t:${padded.slice(i, i + 3)}`) % size]! += 0.25;
  }
  if (words.length === 0) vector[fnv1a(`empty:${text}`) % size] = 1;
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return vector.map((value) => value / norm);
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  if (normA === 0 || normB === 0) return 0;
  return dot / Math.sqrt(normA * normB);
}

/** Little-endian float32, the layout OpenAI uses for `encoding_format: "base64"`. */
export function embeddingToBase64(vector: readonly number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

function fnv1a(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
