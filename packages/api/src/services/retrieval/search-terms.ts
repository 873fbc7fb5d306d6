const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a text, lower-cased, as ICU's word breaker finds them: spaces for English,
 * dictionary-based breaks for Chinese and Japanese. Postgres's 'simple' configuration indexes
 * these as they are, so unspaced text becomes searchable word by word.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const part of segmenter.segment(text.toLowerCase())) {
    if (part.isWordLike) terms.push(part.segment);
  }
  return terms;
}
