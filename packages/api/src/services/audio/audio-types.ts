/**
 * Audio types speech-to-text accepts, each with the type the model is told. Dify accepts only
 * `audio/{mp3,m4a,wav,amr,mpga}`, so its own web app converts recordings to MP3 first; Tessera also
 * accepts what browsers record without conversion (`audio/webm` from Chrome and Firefox,
 * `audio/mp4` from Safari, `audio/ogg`) and the registered names of the same formats (`audio/mpeg`,
 * `audio/x-wav`, `audio/x-m4a`). Whisper-style models read all of them; accepting more breaks no
 * Dify client. Parameters such as `;codecs=opus` are ignored.
 */
const MODEL_TYPE_FOR: Record<string, string> = {
  'audio/mp3': 'audio/mpeg',
  'audio/mpeg': 'audio/mpeg',
  'audio/mpga': 'audio/mpeg',
  'audio/m4a': 'audio/mp4',
  'audio/x-m4a': 'audio/mp4',
  'audio/mp4': 'audio/mp4',
  'audio/wav': 'audio/wav',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/amr': 'audio/amr',
  'audio/webm': 'audio/webm',
  'audio/ogg': 'audio/ogg',
};

/** The type to hand the model for an uploaded part's Content-Type, or undefined when it is not accepted. */
export function acceptedAudioType(contentType: string | undefined): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? MODEL_TYPE_FOR[type] : undefined;
}

export const ACCEPTED_AUDIO_TYPES: readonly string[] = Object.keys(MODEL_TYPE_FOR);

/** Dify's cap on audio for speech-to-text. */
export const AUDIO_SIZE_LIMIT_MB = 30;
export const AUDIO_SIZE_LIMIT_BYTES = AUDIO_SIZE_LIMIT_MB * 1024 * 1024;
