import { countTextTokens } from '@tessera/app-engine';
import { type Segmentation } from './process-rule';

/** Dify's recursive splitter tries these, coarse to fine. */
export const RECURSIVE_SEPARATORS = ['\n\n', '。', '. ', ' ', ''];

function splitBy(text: string, separator: string): string[] {
  if (separator === '') return [...text];
  const parts = text.split(separator);
  // Keep the separator with the piece before it, so sentences keep their full stop.
  return parts.map((part, i) => (i < parts.length - 1 ? part + separator : part)).filter((p) => p.length > 0);
}

/** Cuts a piece down until each part fits, trying separators from coarse to fine. */
function pieces(text: string, separators: string[], maxTokens: number): string[] {
  if (countTextTokens(text) <= maxTokens) return [text];
  const [separator, ...rest] = separators;
  if (separator === undefined) return [text];
  const parts = splitBy(text, separator);
  if (parts.length <= 1) return pieces(text, rest, maxTokens);
  return parts.flatMap((part) => pieces(part, rest, maxTokens));
}

/**
 * The recursive splitter: small pieces are merged into chunks of at most `maxTokens` tokens
 * (o200k BPE), each starting with up to `chunkOverlap` tokens from the end of the one before.
 */
export function recursiveSplit(text: string, separators: string[], segmentation: Pick<Segmentation, 'maxTokens' | 'chunkOverlap'>): string[] {
  const parts = pieces(text, separators, segmentation.maxTokens).map((p) => ({ text: p, tokens: countTextTokens(p) }));
  const chunks: string[] = [];
  let current: typeof parts = [];
  let tokens = 0;
  for (const part of parts) {
    if (tokens + part.tokens > segmentation.maxTokens && current.length > 0) {
      chunks.push(current.map((p) => p.text).join(''));
      // Carry the tail of this chunk into the next one as its overlap, if the next part still fits.
      const carried: typeof parts = [];
      let carriedTokens = 0;
      for (let i = current.length - 1; i >= 0 && carriedTokens + current[i]!.tokens <= segmentation.chunkOverlap; i--) {
        carried.unshift(current[i]!);
        carriedTokens += current[i]!.tokens;
      }
      [current, tokens] = carriedTokens + part.tokens <= segmentation.maxTokens ? [carried, carriedTokens] : [[], 0];
    }
    current.push(part);
    tokens += part.tokens;
  }
  if (current.length > 0) chunks.push(current.map((p) => p.text).join(''));
  return tidy(chunks);
}

/** Empty chunks are dropped and a leading full stop is stripped, as Dify does. */
const tidy = (chunks: string[]) => chunks.map((c) => c.trim().replace(/^[.。]\s*/, '').trim()).filter((c) => c.length > 0);

/**
 * Dify's fixed-separator splitter (custom rules): every piece between separators is a chunk of
 * its own; a piece over `maxTokens` is cut further by the recursive splitter.
 */
export function splitText(text: string, segmentation: Segmentation): string[] {
  const chunks = text.split(segmentation.separator).flatMap((piece) =>
    countTextTokens(piece) <= segmentation.maxTokens ? [piece] : recursiveSplit(piece, RECURSIVE_SEPARATORS, segmentation),
  );
  return tidy(chunks);
}
