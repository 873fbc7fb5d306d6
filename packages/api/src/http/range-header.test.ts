import { describe, expect, it } from 'vitest';
import { parseRangeHeader } from './range-header';

describe('parseRangeHeader', () => {
  it('reads a closed, an open and a suffix range', () => {
    expect(parseRangeHeader('bytes=0-499')).toEqual({ start: 0, end: 499 });
    expect(parseRangeHeader('bytes=500-')).toEqual({ start: 500 });
    expect(parseRangeHeader('bytes=-200')).toEqual({ suffixLength: 200 });
    expect(parseRangeHeader('Bytes = 7 - 7')).toEqual({ start: 7, end: 7 });
  });

  it('keeps an empty suffix, which no object can satisfy', () => {
    expect(parseRangeHeader('bytes=-0')).toEqual({ suffixLength: 0 });
  });

  it('ignores what it does not serve: absent, other units, reversed, several or malformed ranges', () => {
    for (const value of [null, '', 'items=0-5', 'bytes=5-2', 'bytes=0-1,4-5', 'bytes=-', 'bytes=a-b', 'bytes 0-5', 'bytes=99999999999999999999-']) {
      expect(parseRangeHeader(value), String(value)).toBeUndefined();
    }
  });
});
