import { describe, expect, it } from 'vitest';
import { decodeSpokenText, encodeSpokenText } from './wav-codec';

describe('spoken-text WAV codec', () => {
  it('writes a RIFF/WAVE file whose INFO chunk carries the text', () => {
    const bytes = Buffer.from(encodeSpokenText('Grüße, world'));
    expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
    expect(bytes.includes(Buffer.from('data'))).toBe(true);
    expect(decodeSpokenText(bytes)).toBe('Grüße, world');
  });

  it('round-trips odd and even lengths and the empty string', () => {
    for (const text of ['a', 'ab', '']) expect(decodeSpokenText(encodeSpokenText(text))).toBe(text);
  });

  it('returns null for bytes it did not write', () => {
    expect(decodeSpokenText(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(decodeSpokenText(new Uint8Array(Buffer.from('RIFF\x04\x00\x00\x00WAVE')))).toBeNull();
  });
});
