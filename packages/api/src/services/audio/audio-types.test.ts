import { describe, expect, it } from 'vitest';
import { acceptedAudioType } from './audio-types';

describe('audio types speech-to-text accepts', () => {
  it("accepts Dify's list and browser recordings, telling the model the registered type", () => {
    expect(acceptedAudioType('audio/mp3')).toBe('audio/mpeg');
    expect(acceptedAudioType('AUDIO/MPGA')).toBe('audio/mpeg');
    expect(acceptedAudioType('audio/m4a')).toBe('audio/mp4');
    expect(acceptedAudioType('audio/wav')).toBe('audio/wav');
    expect(acceptedAudioType('audio/amr')).toBe('audio/amr');
    expect(acceptedAudioType('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(acceptedAudioType('audio/ogg; codecs=opus')).toBe('audio/ogg');
  });

  it('refuses anything else, and a part without a type', () => {
    for (const type of ['audio/flac', 'video/webm', 'application/octet-stream', '', undefined]) expect(acceptedAudioType(type)).toBeUndefined();
  });
});
