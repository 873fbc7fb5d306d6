import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { signInWithPassword } from './support/console';
import { decodeFrames } from './support/frames';
import { E2E_INNER_API_KEY } from './support/inner-api';

// Runs on its own server: the model server lives in this process and stands in for every vendor.
test.describe.configure({ mode: 'serial' });

const owner = { email: 'models-owner@example.com', name: 'Mona Models', password: 'Passw0rd-models' };
const goodKey = 'sk-e2e-good-key-0123456789';
let server: TestModelServer;

test.beforeAll(async ({ request }) => {
  server = await startTestModelServer();
  const step = (await (await request.get('/console/api/setup')).json()).step;
  if (step !== 'finished') expect((await request.post('/console/api/setup', { data: owner })).status()).toBe(201);
});

test.afterAll(async () => {
  await server?.close();
});

/** Fails the test if the page tries to leave this machine. */
async function keepOffline(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  return blocked;
}

const providerCard = (page: Page, provider: string) => page.locator(`[data-testid="provider-card"][data-provider="${provider}"]`);

async function addModel(page: Page, type: string, name: string): Promise<void> {
  await providerCard(page, 'openai_api_compatible').getByTestId('provider-add-model').click();
  const dialog = page.getByTestId('add-model-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('model-type-select').click();
  await page.getByTestId(`model-type-option-${type}`).click();
  await dialog.getByTestId('model-name-input').fill(name);
  await dialog.getByTestId('add-model-submit').click();
  await expect(dialog).toBeHidden();
}

async function pickDefault(page: Page, type: string, model: string): Promise<void> {
  await page.getByTestId(`default-model-${type}`).click();
  await page.locator(`[data-testid="default-model-option"][data-model="${model}"]`).click();
  await expect(page.getByTestId(`default-model-${type}`)).toHaveText(model);
}

async function listedCredentials(request: APIRequestContext): Promise<number> {
  const input = encodeURIComponent(JSON.stringify({}));
  const answer = await (await request.get(`/api/trpc/modelProviders.list?input=${input}`)).json();
  const providers = answer.result.data.data as { provider: string; custom_configuration: { available_credentials?: unknown[] } }[];
  return providers.find((p) => p.provider === 'openai_api_compatible')?.custom_configuration.available_credentials?.length ?? 0;
}

test('set up an OpenAI-compatible endpoint, add models and choose them as defaults', async ({ page }) => {
  const blocked = await keepOffline(page);
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  await page.getByTestId('nav-model-providers').click();
  await expect(page).toHaveURL(/\/model-providers$/);
  await expect(page.getByTestId('page-title')).toHaveText('Model providers');

  const card = providerCard(page, 'openai_api_compatible');
  await expect(card.getByTestId('provider-status')).toHaveText('Not configured');
  // The icon is the SVG the API serves, not the fallback initial.
  await expect.poll(() => card.getByTestId('provider-icon').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByTestId('default-model-llm')).toBeDisabled();

  // Providers still to set up are a searchable grid of tiles, with brand logos where we ship one.
  await expect(card).toHaveAttribute('data-layout', 'tile');
  const openai = providerCard(page, 'openai');
  await expect(openai.getByTestId('provider-icon')).toHaveAttribute('data-brand', 'true');
  await expect.poll(() => openai.getByTestId('provider-icon').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(card.getByTestId('provider-icon')).not.toHaveAttribute('data-brand', 'true');
  const grid = page.getByTestId('providers-grid');
  await page.getByTestId('providers-search').fill('olla');
  await expect(grid.getByTestId('provider-card')).toHaveCount(1);
  await expect(grid.getByTestId('provider-card')).toHaveAttribute('data-provider', 'ollama');
  await page.getByTestId('providers-search').fill('no such vendor');
  await expect(page.getByTestId('providers-no-match')).toBeVisible();
  await page.getByTestId('providers-search').fill('compatible');
  await expect(grid.getByTestId('provider-card')).toHaveCount(1);

  // A key the vendor refuses: its message is shown and nothing is stored.
  await card.getByTestId('provider-setup').click();
  const dialog = page.getByTestId('credentials-dialog');
  await dialog.getByTestId('credential-input-endpoint_url').fill(server.openaiBaseUrl);
  await dialog.getByTestId('credential-input-api_key').fill('invalid-key');
  await dialog.getByTestId('credential-form-submit').click();
  await expect(dialog.getByTestId('credential-form-error')).toContainText('Incorrect API key');
  expect(server.requests.some((r) => r.headers.authorization === 'Bearer invalid-key')).toBe(true);
  expect(await listedCredentials(page.request)).toBe(0);

  await dialog.getByTestId('credential-input-api_key').fill(goodKey);
  await dialog.getByTestId('credential-form-submit').click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('provider-status')).toHaveText('Active');
  await expect(card.getByTestId('provider-credential')).toContainText('API KEY 1');

  // Editing shows the key masked; saving it untouched keeps the stored key, which the server checks again.
  await card.getByTestId('provider-manage').click();
  await expect(dialog.getByTestId('credential-row')).toHaveCount(1);
  await dialog.getByTestId('credential-edit').click();
  const keyInput = dialog.getByTestId('credential-input-api_key');
  await expect(keyInput).toHaveValue(/\*{6,}/);
  expect(await keyInput.inputValue()).not.toBe(goodKey);
  const seen = server.requests.length;
  await dialog.getByTestId('credential-form-submit').click();
  await expect(dialog.getByTestId('credential-list')).toBeVisible();
  expect(server.requests.slice(seen).map((r) => r.headers.authorization)).toContain(`Bearer ${goodKey}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await addModel(page, 'llm', 'test-chat');
  await addModel(page, 'text-embedding', 'test-embed');
  await card.getByTestId('provider-models-toggle').click();
  const chat = card.locator('[data-testid="model-row"][data-model="test-chat"]');
  await expect(chat.getByTestId('model-row-type')).toHaveText('LLM');
  await expect(chat.getByTestId('model-row-context')).toContainText('4,096');
  await expect(chat.getByTestId('model-row-status')).toHaveText('Active');
  await expect(card.locator('[data-testid="model-row"][data-model="test-embed"]').getByTestId('model-row-type')).toHaveText('Text Embedding');

  await pickDefault(page, 'llm', 'test-chat');
  await pickDefault(page, 'text-embedding', 'test-embed');
  const saving = page.waitForResponse((r) => r.url().includes('modelProviders.defaultModel.set'));
  await page.getByTestId('default-models-save').click();
  const saved = await saving;
  expect(saved.status()).toBe(200);
  expect(saved.request().postData()).toMatch(/"model":"test-chat".*"model":"test-embed"/);
  await expect(page.getByTestId('default-models-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('default-model-llm')).toHaveText('test-chat');
  await expect(page.getByTestId('default-model-text-embedding')).toHaveText('test-embed');
  // A configured provider leaves the grid for the full list.
  await expect(page.getByTestId('providers-configured').getByTestId('provider-card')).toHaveAttribute('data-provider', 'openai_api_compatible');
  await expect(card).toHaveAttribute('data-layout', 'row');

  // The default-model selects stay inside their card, on a wide screen and on a phone.
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    const outer = (await page.getByTestId('default-models').boundingBox())!;
    for (const select of await page.getByTestId('default-models').getByRole('combobox').all()) {
      const box = (await select.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(outer.x);
      expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  }
  expect(blocked).toEqual([]);
});

test('an app key sees the workspace models through /v1/models, and the plugin daemon calls them on the inner API', async ({ request, playwright, baseURL }) => {
  // Logging in also sets session cookies, which would then need a CSRF header: take the token from a context of its own.
  const session = await playwright.request.newContext({ baseURL });
  const login = await session.post('/console/api/login', { data: { email: owner.email, password: owner.password } });
  expect(login.status()).toBe(200);
  const auth = { Authorization: `Bearer ${(await login.json()).data.access_token}` };
  await session.dispose();
  const app = await request.post('/console/api/apps', { headers: auth, data: { name: 'Model check', mode: 'chat' } });
  expect(app.status()).toBe(201);
  const key = await request.post(`/console/api/apps/${(await app.json()).id}/api-keys`, { headers: auth });
  expect(key.status()).toBe(201);
  const service = { Authorization: `Bearer ${(await key.json()).token}` };

  const models = async (query: string) => {
    const answer = await request.get(`/v1/models${query}`, { headers: service });
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { data: { provider: string; models: { model: string }[] }[] };
    return body.data.find((p) => p.provider === 'openai_api_compatible')?.models.map((m) => m.model) ?? [];
  };
  expect(await models('')).toEqual(expect.arrayContaining(['test-chat', 'test-embed']));
  const llms = await models('?model_type=llm');
  expect(llms).toContain('test-chat');
  expect(llms).not.toContain('test-embed');

  // The plugin daemon's view: the same workspace's model, streamed as Dify's length-prefixed frames.
  const workspace = await request.post('/console/api/workspaces/current', { headers: auth });
  const tenantId = (await workspace.json()).id as string;
  const invoke = (key: string) =>
    request.post('/inner/api/invoke/llm', {
      headers: { 'X-Inner-Api-Key': key },
      data: {
        tenant_id: tenantId,
        user_id: 'daemon-user',
        provider: 'openai_api_compatible',
        model: 'test-chat',
        model_type: 'llm',
        completion_params: {},
        prompt_messages: [{ role: 'user', content: 'hello from a plugin' }],
        stream: true,
      },
    });
  expect((await invoke('wrong-key')).status()).toBe(404);
  const answer = await invoke(E2E_INNER_API_KEY);
  expect(answer.status()).toBe(200);
  const frames = decodeFrames(await answer.body()) as { data: { delta: { message: { content: string }; finish_reason?: string } }; error: string }[];
  expect(frames.map((f) => f.error)).toEqual(frames.map(() => ''));
  expect(frames.map((f) => f.data.delta.message.content).join('')).toBe('Echo: hello from a plugin');
  expect(frames.at(-1)?.data.delta.finish_reason).toBe('stop');
  expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${goodKey}`);
});
