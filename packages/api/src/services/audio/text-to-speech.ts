import { type ModelTarget, type SpeechResult } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { type AppEndUser } from '../app-files/end-user-upload';
import { appFeatures, featureEnabled, loadCallerApp } from '../apps/app-features';
import { resolveDefaultModelTarget } from '../model-providers/model-resolver';
import { audioErrors } from './audio-errors';
import { findSpeakableAnswer } from './speakable-message';

export interface SpeechInput {
  messageId?: string | null;
  text?: string | null;
  voice?: string | null;
}

/** The voice asked for, else the app's, else the model's default or first voice (Dify's order). */
function chooseVoice(asked: string | null | undefined, appVoice: unknown, target: ModelTarget): string {
  const properties = target.definition.model_properties;
  const voice = asked || (typeof appVoice === 'string' ? appVoice : '') || properties.default_voice || properties.voices?.[0]?.mode;
  if (!voice) throw audioErrors.noVoice();
  return voice;
}

/**
 * `POST /v1/text-to-audio`, `/api/text-to-audio`, `/api/audio/text-to-audio`. A `message_id` wins
 * over `text`; a message this end user cannot read, or one without an answer, gives `null` (Dify's
 * answer for an unknown message), before the feature is even looked at. Otherwise `text` is required
 * and the app's text-to-speech feature must be on. Spoken by the workspace's default tts model.
 */
export async function speakForApp(deps: AppDeps, caller: AppEndUser, input: SpeechInput): Promise<SpeechResult | null> {
  let text: string;
  if (input.messageId) {
    const answer = await findSpeakableAnswer(deps.db, caller, input.messageId);
    if (!answer?.trim()) return null;
    text = answer;
  } else {
    if (!input.text?.trim()) throw audioErrors.textRequired();
    text = input.text;
  }
  const textToSpeech = appFeatures(await loadCallerApp(deps.db, caller)).textToSpeech;
  if (!featureEnabled(textToSpeech)) throw audioErrors.textToSpeechOff();
  const target = await resolveDefaultModelTarget(deps, caller.workspaceId, 'tts');
  return deps.models.speech({
    target,
    text: text.trim(),
    voice: chooseVoice(input.voice, textToSpeech.voice, target),
    caller: { workspaceId: caller.workspaceId, type: 'app', id: caller.appId, userId: caller.endUserId },
  });
}
