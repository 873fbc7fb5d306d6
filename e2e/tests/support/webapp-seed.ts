import { expect } from '@playwright/test';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';

// Seeding for the web-app specs, through the console API as an operator's script would do it.

export const WEBAPP_OWNER = { email: 'webapp-owner@example.com', name: 'Wendy Webapp', password: 'Passw0rd-webapp' };
const PROVIDERS = '/console/api/workspaces/current/model-providers/openai_api_compatible';
export const TEST_MODEL = 'webapp-chat';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function consoleCall(base: string, method: string, path: string, body?: unknown, token?: string): Promise<Json> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return text ? JSON.parse(text) : undefined;
}

/** Sets the server up once (each spec file may be first) and signs the owner in. */
export async function ownerToken(base: string): Promise<string> {
  const status = await fetch(`${base}/console/api/setup`).then((r) => r.json() as Promise<{ step: string }>);
  if (status.step !== 'finished') await consoleCall(base, 'POST', '/console/api/setup', WEBAPP_OWNER);
  const login = await consoleCall(base, 'POST', '/console/api/login', { email: WEBAPP_OWNER.email, password: WEBAPP_OWNER.password });
  return login.data.access_token as string;
}

export interface WebappWorkspace {
  base: string;
  token: string;
  models: TestModelServer;
}

/**
 * A workspace of its own for one spec file, whose model provider is the test model server this
 * file starts: files never share a model server or an app.
 */
export async function seedWorkspace(base: string, name: string): Promise<WebappWorkspace> {
  const models = await startTestModelServer();
  const token = await ownerToken(base);
  await consoleCall(base, 'POST', '/console/api/workspaces', { name }, token);
  await consoleCall(base, 'POST', `${PROVIDERS}/credentials`, { credentials: { endpoint_url: models.openaiBaseUrl, api_key: 'sk-webapp-0123456789' } }, token);
  await consoleCall(base, 'POST', `${PROVIDERS}/models/credentials`, { model: TEST_MODEL, model_type: 'llm', credentials: { context_size: '8000' } }, token);
  return { base, token, models };
}

export interface SeededApp {
  id: string;
  code: string;
}

/** A prompt app with its model configuration and web-app site settings; answers the site code. */
export async function seedApp(
  workspace: WebappWorkspace,
  mode: 'chat' | 'completion' | 'agent-chat',
  name: string,
  config: Record<string, unknown>,
  site: Record<string, unknown> = {},
): Promise<SeededApp> {
  const { base, token } = workspace;
  const app = await consoleCall(base, 'POST', '/console/api/apps', { name, mode }, token);
  const model = { provider: 'openai_api_compatible', name: TEST_MODEL, mode: 'chat', completion_params: {} };
  await consoleCall(base, 'POST', `/console/api/apps/${app.id}/model-config`, { model, ...config }, token);
  await consoleCall(base, 'POST', `/console/api/apps/${app.id}/site`, { title: name, ...site }, token);
  const detail = await consoleCall(base, 'GET', `/console/api/apps/${app.id}`, undefined, token);
  return { id: app.id as string, code: detail.site.code as string };
}
