import { type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { pluginTarget } from './invoke-models';
import { PayloadError, type TInvokeTtsRequest } from './payloads';

/** Dify streams speech to the daemon in pieces, each hex-encoded. */
const PIECE_BYTES = 64 * 1024;

export async function streamPluginSpeech(
  deps: AppDeps,
  caller: UsageCaller,
  input: TInvokeTtsRequest,
  emit: (piece: { result: string }) => void,
  signal: AbortSignal,
): Promise<void> {
  const text = input.content_text ?? input.text;
  if (!text) throw new PayloadError('content_text is required');
  const target = await pluginTarget(deps, caller, input, 'tts');
  const voice = input.voice ?? input.voice_config?.voice;
  const { audio } = await deps.models.speech({ target, text, voice, signal, caller });
  for (let offset = 0; offset < audio.byteLength; offset += PIECE_BYTES) {
    emit({ result: Buffer.from(audio.subarray(offset, offset + PIECE_BYTES)).toString('hex') });
  }
}
