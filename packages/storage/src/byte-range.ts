/**
 * Part of an object as a reader asks for it: from `start` to `end` (inclusive; the end of the
 * object when absent), or the last `suffixLength` bytes. This is HTTP's single byte range, kept
 * free of HTTP so a file store can serve it (S3 reads it natively, the local store seeks).
 */
export type ByteRangeRequest = { start: number; end?: number } | { suffixLength: number };

/** Inclusive byte positions within an object. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The bytes a request covers in an object of `size` bytes; undefined when it covers none. */
export function resolveByteRange(request: ByteRangeRequest, size: number): ByteRange | undefined {
  if ('suffixLength' in request) {
    if (request.suffixLength <= 0 || size === 0) return undefined;
    return { start: Math.max(0, size - request.suffixLength), end: size - 1 };
  }
  if (request.start < 0 || request.start >= size) return undefined;
  const end = request.end === undefined ? size - 1 : Math.min(request.end, size - 1);
  return end < request.start ? undefined : { start: request.start, end };
}

/** A range that starts past the end of the object; `size` is what the object holds. */
export class RangeNotSatisfiableError extends Error {
  override readonly name = 'RangeNotSatisfiableError';

  constructor(
    readonly key: string,
    readonly size: number,
  ) {
    super(`The requested range is outside ${key} (${size} bytes)`);
  }
}
