import { type TestModelServer } from '@tessera/model-runtime/testing';
import { type TestApp } from './app';
import { type SeededUser } from './seed';

export const TEST_PROVIDER = 'openai_api_compatible';
const PROVIDERS_PATH = '/console/api/workspaces/current/model-providers';

/**
 * Points the workspace's OpenAI-compatible provider at the test model server and adds chat models:
 * `test-chat` (tool calling), `test-plain` (no tool calling, so agents use ReAct).
 */
export async function seedTestModels(app: TestApp, owner: SeededUser, server: TestModelServer): Promise<void> {
  const credential = await app.request('POST', `${PROVIDERS_PATH}/${TEST_PROVIDER}/credentials`, {
    token: owner.token,
    json: { credentials: { endpoint_url: server.openaiBaseUrl, api_key: 'sk-test-0123456789' } },
  });
  if (credential.status !== 201) throw new Error(`provider credential refused: ${credential.status} ${credential.text}`);
  for (const [model, callType] of [
    ['test-chat', 'tool_call'],
    ['test-plain', 'no_call'],
  ] as const) {
    const res = await app.request('POST', `${PROVIDERS_PATH}/${TEST_PROVIDER}/models/credentials`, {
      token: owner.token,
      json: { model, model_type: 'llm', credentials: { context_size: '16000', max_tokens_to_sample: '1024', function_calling_type: callType } },
    });
    if (res.status !== 201) throw new Error(`model ${model} refused: ${res.status} ${res.text}`);
  }
}

export interface SeededPromptApp {
  appId: string;
  /** A Service API key of the app. */
  key: string;
}

/**
 * A prompt app with a saved configuration (saved through the console's model-config endpoint) on the test models and an API key. `config`
 * is merged over a plain configuration: the model `test-chat` and no prompt.
 */
export async function seedPromptApp(
  app: TestApp,
  owner: SeededUser,
  options: { mode?: 'chat' | 'completion' | 'agent-chat'; config?: Record<string, unknown>; name?: string } = {},
): Promise<SeededPromptApp> {
  const mode = options.mode ?? 'chat';
  const created = await app.request('POST', '/console/api/apps', { token: owner.token, json: { name: options.name ?? `App ${mode}`, mode } });
  if (created.status !== 201) throw new Error(`create app failed: ${created.status} ${created.text}`);
  const appId = created.body.id as string;
  const config = {
    model: { provider: TEST_PROVIDER, name: 'test-chat', mode: 'chat', completion_params: {} },
    pre_prompt: '',
    ...(mode === 'agent-chat' ? { agent_mode: { enabled: true, strategy: 'function_call', max_iteration: 5, tools: [] } } : {}),
    ...options.config,
  };
  const saved = await app.request('POST', `/console/api/apps/${appId}/model-config`, { token: owner.token, json: config });
  if (saved.status !== 200) throw new Error(`model config refused: ${saved.status} ${saved.text}`);
  const key = await app.request('POST', `/console/api/apps/${appId}/api-keys`, { token: owner.token });
  if (key.status !== 201) throw new Error(`create key failed: ${key.status} ${key.text}`);
  return { appId, key: key.body.token as string };
}

export interface SseFrame {
  id?: number;
  event?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
}

/** Splits an event-stream body into frames: `id:`, `event:` (pings) and parsed `data:`. */
export function parseSse(text: string): SseFrame[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const frame: SseFrame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith('id: ')) frame.id = Number(line.slice(4));
        else if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('data: ')) frame.data = JSON.parse(line.slice(6));
      }
      return frame;
    });
}
