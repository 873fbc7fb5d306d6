/**
 * Words are the test server's tokens: deltas carry one word with the whitespace before it, so joining the
 * deltas gives back the exact text and token counts stay easy to predict in tests.
 */
export function splitTokens(text: string): string[] {
  const tokens = text.match(/\s*\S+/g) ?? [];
  const covered = tokens.join('').length;
  if (covered < text.length) {
    const tail = text.slice(covered);
    if (tokens.length === 0) return [tail];
    tokens[tokens.length - 1] += tail;
  }
  return tokens;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}
