import { type TModelConfig } from '@tessera/app-engine';
import { type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';

/** Raw bytes per `tts_message` event (base64 makes each a third larger). */
const CHUNK_BYTES = 24 * 1024;

/**
 * Text-to-speech autoplay: the finished answer, spoken by the workspace's default TTS model in the
 * app's voice, handed out as base64 MP3 pieces. A failure costs the audio, never the answer.
 */
export async function speakAnswer(
  deps: AppDeps,
  input: { workspaceId: string; caller: UsageCaller; config: TModelConfig; answer: string },
  send: (audioBase64: string) => void,
): Promise<void> {
  if (!input.answer.trim()) return;
  try {
    const target = await resolveDefaultModelTarget(deps, input.workspaceId, 'tts');
    const voice = input.config.text_to_speech.voice || undefined;
    const { audio } = await deps.models.speech({ target, text: input.answer, voice, format: 'mp3', caller: input.caller });
    for (let start = 0; start < audio.length; start += CHUNK_BYTES) {
      send(Buffer.from(audio.subarray(start, start + CHUNK_BYTES)).toString('base64'));
    }
  } catch (error) {
    deps.logger.warn('answer not spoken', { error: error instanceof Error ? error.message : String(error) });
  }
}
