import { describe, expect, it } from 'vitest';
import { resolveByteRange } from './byte-range';

describe('resolveByteRange', () => {
  it('clamps the end to the object and keeps an open end open', () => {
    expect(resolveByteRange({ start: 0, end: 4 }, 10)).toEqual({ start: 0, end: 4 });
    expect(resolveByteRange({ start: 3, end: 99 }, 10)).toEqual({ start: 3, end: 9 });
    expect(resolveByteRange({ start: 9 }, 10)).toEqual({ start: 9, end: 9 });
  });

  it('reads the last bytes for a suffix, all of them when the suffix is longer', () => {
    expect(resolveByteRange({ suffixLength: 3 }, 10)).toEqual({ start: 7, end: 9 });
    expect(resolveByteRange({ suffixLength: 50 }, 10)).toEqual({ start: 0, end: 9 });
  });

  it('covers nothing past the end, for an empty suffix, or in an empty object', () => {
    expect(resolveByteRange({ start: 10 }, 10)).toBeUndefined();
    expect(resolveByteRange({ start: 5, end: 2 }, 10)).toBeUndefined();
    expect(resolveByteRange({ suffixLength: 0 }, 10)).toBeUndefined();
    expect(resolveByteRange({ suffixLength: 5 }, 0)).toBeUndefined();
    expect(resolveByteRange({ start: 0 }, 0)).toBeUndefined();
  });
});
