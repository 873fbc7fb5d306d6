import { expect, type Page } from '@playwright/test';
import { type TestModelServer } from '@tessera/model-runtime/testing';

const PROVIDERS = '/console/api/workspaces/current/model-providers/openai_api_compatible';

export const STUDIO_OWNER = { email: 'studio-owner@example.com', name: 'Stella Studio', password: 'Passw0rd-studio' };
/** A chat model that calls tools, and an embedding model for annotation reply. */
export const CHAT_MODEL = 'studio-chat';
export const SECOND_MODEL = 'studio-plain';
export const EMBEDDING_MODEL = 'studio-embed';

/** A console call with a bearer token, as an operator's script would make it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function consoleCall(baseURL: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await fetch(`${baseURL}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  return text ? JSON.parse(text) : null;
}

/**
 * Sets up the owner (once per server) and points the workspace at the test model server. Returns a
 * console token. Specs on a server of their own may bring their own owner.
 */
export async function seedStudioWorkspace(baseURL: string, server: TestModelServer, owner = STUDIO_OWNER): Promise<string> {
  const setup = await (await fetch(`${baseURL}/console/api/setup`)).json();
  if (setup.step !== 'finished') await consoleCall(baseURL, '/console/api/setup', owner);
  const login = await consoleCall(baseURL, '/console/api/login', { email: owner.email, password: owner.password });
  const token = login.data.access_token as string;
  const credentials = { endpoint_url: server.openaiBaseUrl, api_key: 'sk-studio-0123456789' };
  // Spec files share the server but each starts its own test model server: the models are added
  // once, and later spec files point the provider's credential at their own model server.
  const llms = await consoleCall(baseURL, '/console/api/workspaces/current/models/model-types/llm', undefined, token);
  if (JSON.stringify(llms).includes(CHAT_MODEL)) {
    const providers = await consoleCall(baseURL, '/console/api/workspaces/current/model-providers', undefined, token);
    const provider = providers.data.find((entry: { provider: string }) => entry.provider === 'openai_api_compatible');
    const credentialId = provider.custom_configuration.current_credential_id as string;
    const response = await fetch(`${baseURL}${PROVIDERS}/credentials`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ credential_id: credentialId, credentials }),
    });
    expect(response.status, await response.text()).toBeLessThan(300);
    return token;
  }
  await consoleCall(baseURL, `${PROVIDERS}/credentials`, { credentials }, token);
  const llm = { context_size: '16000', max_tokens_to_sample: '1024', function_calling_type: 'tool_call' };
  await consoleCall(baseURL, `${PROVIDERS}/models/credentials`, { model: CHAT_MODEL, model_type: 'llm', credentials: llm }, token);
  await consoleCall(baseURL, `${PROVIDERS}/models/credentials`, { model: SECOND_MODEL, model_type: 'llm', credentials: { ...llm, function_calling_type: 'no_call' } }, token);
  await consoleCall(baseURL, `${PROVIDERS}/models/credentials`, { model: EMBEDDING_MODEL, model_type: 'text-embedding', credentials: { context_size: '8192' } }, token);
  return token;
}

export async function signInStudio(page: Page): Promise<void> {
  await page.goto('/signin');
  await page.getByTestId('signin-email').fill(STUDIO_OWNER.email);
  await page.getByTestId('signin-password').fill(STUDIO_OWNER.password);
  await page.getByTestId('signin-submit').click();
  await expect(page).toHaveURL(/\/apps$/);
}

/** Creates an app from the app list and waits for its studio to open. Returns its id. */
export async function createAppInStudio(page: Page, mode: string, name: string): Promise<string> {
  await page.goto('/apps');
  await page.getByTestId('create-app').click();
  const dialog = page.getByTestId('app-form-dialog');
  await dialog.getByTestId(`mode-option-${mode}`).click();
  await dialog.getByTestId('app-name-input').fill(name);
  await dialog.getByTestId('app-form-submit').click();
  await expect(page).toHaveURL(/\/app\/[0-9a-f-]+\/configuration$/);
  await expect(page.getByTestId('studio-app-name')).toHaveText(name);
  return /\/app\/([0-9a-f-]+)\//.exec(page.url())![1]!;
}

export async function chooseModel(page: Page, model: string, picker = 'model-select'): Promise<void> {
  await page.getByTestId(picker).click();
  await page.locator(`[data-testid="model-option"][data-model="${model}"]`).click();
  // A comparison picker gives way to the model's column once chosen.
  if (picker === 'model-select') await expect(page.getByTestId(picker)).toContainText(model);
}
