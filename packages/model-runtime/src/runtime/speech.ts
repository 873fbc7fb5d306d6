import { experimental_generateSpeech as generateSpeech } from 'ai';
import type { SpeechRequest, SpeechResult } from '../types';
import { meteredCall, NO_TOKENS } from './metered-call';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';

export function speech(context: RuntimeContext, request: SpeechRequest): Promise<SpeechResult> {
  return meteredCall(context, request, async (startedAt) => {
    const result = await generateSpeech({
      model: resolveModel(context, request.target, 'speechModel'),
      text: request.text,
      voice: request.voice ?? request.target.definition.model_properties.default_voice,
      outputFormat: request.format ?? request.target.definition.model_properties.audio_type,
      maxRetries: context.maxRetries,
      abortSignal: request.signal,
    });
    return {
      value: { audio: result.audio.uint8Array, mediaType: result.audio.mediaType },
      tokens: NO_TOKENS,
      timing: { latencyMs: performance.now() - startedAt },
    };
  });
}
