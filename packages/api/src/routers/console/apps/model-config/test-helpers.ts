import { type TestModelServer } from '@tessera/model-runtime/testing';
import { type SeededUser, type TestApp } from '../../../../testing';
import { addCompatibleCredential, addCompatibleModel, COMPATIBLE } from '../../model-providers/test-helpers';

export const TEST_CHAT_MODEL = { provider: COMPATIBLE, name: 'test-chat', mode: 'chat', completion_params: { temperature: 0.3 } };

/** Gives the user's workspace an LLM `test-chat` (max 1024 tokens) on the OpenAI-compatible provider. */
export async function addTestChatModel(app: TestApp, user: SeededUser, server: TestModelServer): Promise<void> {
  const credential = await addCompatibleCredential(app, user, server);
  if (credential.status !== 201) throw new Error(`provider credential failed: ${credential.status} ${credential.text}`);
  const model = await addCompatibleModel(app, user, 'test-chat', 'llm', { context_size: '16000', max_tokens_to_sample: '1024' });
  if (model.status !== 201) throw new Error(`custom model failed: ${model.status} ${model.text}`);
}

/** Saves the app's configuration over HTTP; fails the test on any other answer than success. */
export async function saveConfigAs(app: TestApp, user: SeededUser, appId: string, config: Record<string, unknown>): Promise<void> {
  const res = await app.request('POST', `/console/api/apps/${appId}/model-config`, { token: user.token, json: { model: TEST_CHAT_MODEL, ...config } });
  if (res.status !== 200) throw new Error(`save model config failed: ${res.status} ${res.text}`);
}
