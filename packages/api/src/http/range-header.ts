import { type ByteRangeRequest } from '@tessera/storage';

const SINGLE_BYTE_RANGE = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i;

/**
 * The one byte range a `Range` header asks for. Anything else (no header, another unit, a
 * malformed or reversed range, several ranges) is ignored, as RFC 9110 lets a server do: the
 * caller then sends the whole file. Media players and PDF viewers ask for one range at a time.
 */
export function parseRangeHeader(value: string | null): ByteRangeRequest | undefined {
  const match = value ? SINGLE_BYTE_RANGE.exec(value) : null;
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (!first) {
    const suffixLength = Number(last);
    return last && Number.isSafeInteger(suffixLength) ? { suffixLength } : undefined;
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start)) return undefined;
  if (!last) return { start };
  const end = Number(last);
  return Number.isSafeInteger(end) && end >= start ? { start, end } : undefined;
}
