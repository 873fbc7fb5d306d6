import { describe, expect, it } from 'vitest';
import { cosineSimilarity, deterministicEmbedding } from './embedding';
import { countWords, splitTokens } from './tokenizer';

describe('splitTokens', () => {
  it('keeps whitespace so the tokens join back into the text', () => {
    const text = '  Echo:  hello\nworld ';
    expect(splitTokens(text)).toEqual(['  Echo:', '  hello', '\nworld ']);
    expect(splitTokens(text).join('')).toBe(text);
    expect(splitTokens('')).toEqual([]);
    expect(countWords(text)).toBe(3);
  });
});

describe('deterministicEmbedding', () => {
  it('is a unit vector of the requested size, stable across calls', () => {
    const vector = deterministicEmbedding('hello world', 64);
    expect(vector).toHaveLength(64);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 10);
    expect(deterministicEmbedding('hello world', 64)).toEqual(vector);
    expect(cosineSimilarity(deterministicEmbedding('', 8), deterministicEmbedding('', 8))).toBeCloseTo(1, 10);
  });

  it('places related texts closer than unrelated ones', () => {
    const base = deterministicEmbedding('vector databases store embeddings');
    const related = deterministicEmbedding('embeddings are stored in a vector database');
    const unrelated = deterministicEmbedding('the orchestra tuned their violins');
    expect(cosineSimilarity(base, related)).toBeGreaterThan(cosineSimilarity(base, unrelated));
    expect(cosineSimilarity([0, 0], [1, 0])).toBe(0);
  });
});
