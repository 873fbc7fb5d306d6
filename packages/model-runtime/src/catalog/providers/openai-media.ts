import type { ModelDefinition } from '../../types';
import { embedding, moderation, speechToText, tts, usdPerMillion, type VoiceSpec } from '../model-builders';

const VOICE_LANGUAGES = ['zh-Hans', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'th-TH', 'id-ID'];

const VOICES: VoiceSpec[] = ['alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer'].map((mode) => ({
  mode,
  name: mode.charAt(0).toUpperCase() + mode.slice(1),
  language: VOICE_LANGUAGES,
}));

/** tts-1 is billed per character, which Dify writes as a price per thousand. */
const usdPerThousand = (input: string) => ({ input, unit: '0.001', currency: 'USD' });

const AUDIO_EXTENSIONS = 'flac,mp3,mp4,mpeg,mpga,m4a,ogg,wav,webm';

export const OPENAI_EMBEDDINGS: ModelDefinition[] = [
  embedding({ model: 'text-embedding-3-small', contextSize: 8191, maxChunks: 32, pricing: usdPerMillion('0.02') }),
  embedding({ model: 'text-embedding-3-large', contextSize: 8191, maxChunks: 32, pricing: usdPerMillion('0.13') }),
  embedding({ model: 'text-embedding-ada-002', contextSize: 8191, maxChunks: 32, pricing: usdPerMillion('0.10') }),
];

export const OPENAI_SPEECH: ModelDefinition[] = [
  tts({ model: 'tts-1', voices: VOICES, pricing: usdPerThousand('0.015') }),
  tts({ model: 'tts-1-hd', voices: VOICES, pricing: usdPerThousand('0.03') }),
  tts({ model: 'gpt-4o-mini-tts', voices: VOICES, pricing: usdPerMillion('0.60') }),
  speechToText({ model: 'whisper-1', fileUploadLimitMb: 25, extensions: AUDIO_EXTENSIONS }),
  speechToText({ model: 'gpt-4o-transcribe', fileUploadLimitMb: 25, extensions: AUDIO_EXTENSIONS }),
  speechToText({ model: 'gpt-4o-mini-transcribe', fileUploadLimitMb: 25, extensions: AUDIO_EXTENSIONS }),
];

export const OPENAI_MODERATION: ModelDefinition[] = [
  moderation({ model: 'omni-moderation-latest', maxChunks: 32, maxCharactersPerChunk: 2000 }),
  moderation({ model: 'text-moderation-stable', maxChunks: 32, maxCharactersPerChunk: 2000, deprecated: true }),
];
