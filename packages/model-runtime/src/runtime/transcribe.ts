import type { TranscriptionModelV3 } from '@ai-sdk/provider';
import { experimental_transcribe as transcribeAudio } from 'ai';
import type { TranscriptionRequest } from '../types';
import { meteredCall, NO_TOKENS } from './metered-call';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';

/** The SDK sniffs the audio's type from its bytes and guesses WAV when unsure; a type the caller knows wins. */
function withMediaType(model: TranscriptionModelV3, mediaType: string | undefined): TranscriptionModelV3 {
  if (!mediaType) return model;
  return {
    specificationVersion: model.specificationVersion,
    provider: model.provider,
    modelId: model.modelId,
    doGenerate: (options) => model.doGenerate({ ...options, mediaType }),
  };
}

export function transcribe(context: RuntimeContext, request: TranscriptionRequest): Promise<{ text: string }> {
  return meteredCall(context, request, async (startedAt) => {
    const result = await transcribeAudio({
      model: withMediaType(resolveModel(context, request.target, 'transcriptionModel'), request.mediaType),
      audio: request.audio,
      maxRetries: context.maxRetries,
      abortSignal: request.signal,
    });
    return { value: { text: result.text }, tokens: NO_TOKENS, timing: { latencyMs: performance.now() - startedAt } };
  });
}
