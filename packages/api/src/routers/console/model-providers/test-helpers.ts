import { type TestModelServer } from '@tessera/model-runtime/testing';
import { type SeededUser, type TestApp } from '../../../testing';

export const PROVIDERS_PATH = '/console/api/workspaces/current/model-providers';
export const COMPATIBLE = 'openai_api_compatible';

/** A provider credential for the OpenAI-compatible provider pointing at the test model server. */
export function addCompatibleCredential(app: TestApp, user: SeededUser, server: TestModelServer, apiKey = 'sk-good-key-0123456789', name?: string) {
  return app.request('POST', `${PROVIDERS_PATH}/${COMPATIBLE}/credentials`, {
    token: user.token,
    json: { credentials: { endpoint_url: server.openaiBaseUrl, api_key: apiKey }, ...(name ? { name } : {}) },
  });
}

/** A custom model on the OpenAI-compatible provider, with its own credential. */
export function addCompatibleModel(
  app: TestApp,
  user: SeededUser,
  model: string,
  modelType: string,
  credentials: Record<string, unknown> = {},
  name?: string,
) {
  return app.request('POST', `${PROVIDERS_PATH}/${COMPATIBLE}/models/credentials`, {
    token: user.token,
    json: { model, model_type: modelType, credentials, ...(name ? { name } : {}) },
  });
}
