import { type App, type Queryable } from '@tessera/db';
import { appsStore } from '../../data/apps';
import { errors } from '../../errors';
import { isObject, isPromptMode, normaliseModelConfig } from './model-config';

type Raw = Record<string, unknown>;

/** The feature switches and settings audio and file endpoints read from an app. */
export interface AppFeatures {
  speechToText: Raw;
  textToSpeech: Raw;
  fileUpload: Raw;
}

const FEATURES_OFF: AppFeatures = {
  speechToText: { enabled: false },
  textToSpeech: { enabled: false },
  fileUpload: {},
};

/**
 * A prompt app's features come from its model configuration. Workflow and advanced-chat apps take
 * theirs from the published workflow; until one is published Dify treats every feature as off, and
 * so does Tessera (a draft's features never reach end users).
 */
export function appFeatures(app: Pick<App, 'mode' | 'modelConfig'>): AppFeatures {
  if (!isPromptMode(app.mode) || !app.modelConfig) return FEATURES_OFF;
  const config = normaliseModelConfig(app.modelConfig);
  return {
    speechToText: config.speech_to_text,
    textToSpeech: config.text_to_speech,
    fileUpload: config.file_upload,
  };
}

export const featureEnabled = (feature: Raw): boolean => isObject(feature) && feature.enabled === true;

/**
 * The app a caller already proved access to (app key or passport), read again for its current
 * configuration; scoped by workspace so an id from elsewhere finds nothing.
 */
export async function loadCallerApp(db: Queryable, caller: { workspaceId: string; appId: string }): Promise<App> {
  const app = await appsStore(db, caller.workspaceId).find(caller.appId);
  if (!app) throw errors.forbidden('The app no longer exists.');
  return app;
}
