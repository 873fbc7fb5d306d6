import { type AppDeps } from '../../deps';
import { type AppEndUser } from '../app-files/end-user-upload';
import { appFeatures, featureEnabled, loadCallerApp } from '../apps/app-features';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';
import { audioErrors } from './audio-errors';
import { acceptedAudioType, AUDIO_SIZE_LIMIT_BYTES, AUDIO_SIZE_LIMIT_MB } from './audio-types';

export interface AudioInput {
  data: Uint8Array;
  /** The part's Content-Type as sent. */
  contentType?: string;
}

/**
 * Throws unless the app's speech-to-text feature is on. Routes call it before reading an upload,
 * so an app without the feature never makes the server take in 30 MB.
 */
export async function assertSpeechToTextOn(deps: AppDeps, app: { workspaceId: string; appId: string }): Promise<void> {
  const row = await loadCallerApp(deps.db, app);
  if (!featureEnabled(appFeatures(row).speechToText)) throw audioErrors.speechToTextOff();
}

/**
 * `POST /v1/audio-to-text`, `/api/audio-to-text`, `/api/audio/speech-to-text`: Dify's checks in
 * Dify's order (feature, file, type, 30 MB), then the workspace's default speech2text model.
 */
export async function transcribeAudio(deps: AppDeps, caller: AppEndUser, audio: AudioInput | undefined): Promise<{ text: string }> {
  await assertSpeechToTextOn(deps, caller);
  if (!audio) throw audioErrors.noAudio();
  const mediaType = acceptedAudioType(audio.contentType);
  if (!mediaType) throw audioErrors.unsupportedType();
  if (audio.data.byteLength > AUDIO_SIZE_LIMIT_BYTES) throw audioErrors.tooLarge(AUDIO_SIZE_LIMIT_MB);
  const target = await resolveDefaultModelTarget(deps, caller.workspaceId, 'speech2text');
  const { text } = await deps.models.transcribe({
    target,
    audio: audio.data,
    mediaType,
    caller: { workspaceId: caller.workspaceId, type: 'app', id: caller.appId, userId: caller.endUserId },
  });
  return { text };
}
