import { type Browser, expect, type Page, test } from '@playwright/test';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { CHAT_MODEL, chooseModel, consoleCall, createAppInStudio, EMBEDDING_MODEL, SECOND_MODEL, seedStudioWorkspace, signInStudio } from './support/studio';

// The first flow, through the console's pages, with the end user chatting in the published web
// app page. Runs on its own server with the test model server in this process.
test.describe.configure({ mode: 'serial' });

let server: TestModelServer;
let token: string;
let home: string;

test.beforeAll(async ({ baseURL }) => {
  server = await startTestModelServer();
  token = await seedStudioWorkspace(baseURL!, server);
  home = (await consoleCall(baseURL!, '/console/api/workspaces/current', undefined, token)).id;
});

test.afterAll(async () => {
  await server?.close();
});

/** A first-time visitor (a browser of their own) opens the published chat page, fills the form and asks. */
async function askInWebApp(browser: Browser, url: string, question: string): Promise<Page> {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(url);
  await expect(visitor.getByTestId('webapp-title')).toHaveText('Trip Planner');
  await visitor.getByTestId('webapp-input-city').fill('Lisbon');
  await visitor.getByTestId('webapp-start-chat').click();
  await visitor.getByTestId('webapp-composer-input').fill(question);
  await visitor.getByTestId('webapp-composer-input').press('Enter');
  await expect(visitor.getByTestId('webapp-question').last()).toContainText(question);
  await expect(visitor.getByTestId('webapp-answer').last()).toHaveAttribute('data-status', 'done');
  return visitor;
}

test('build a chat app, debug it, publish, see an end user’s chat and feedback in Logs, annotate, and get the annotation as the next reply', async ({ page, browser, request, baseURL }) => {
  await signInStudio(page);
  const appId = await createAppInStudio(page, 'chat', 'Trip Planner');
  await expect(page.getByTestId('studio-nav-configuration')).toHaveAttribute('aria-current', 'page');

  // Typing a {{variable}} highlights it and adds it to the variables table.
  await page.getByTestId('prompt-editor').fill('You plan trips to {{city}}. Be brief.');
  await expect(page.getByTestId('prompt-variable-mark')).toHaveText('{{city}}');
  const row = page.locator('[data-testid="variable-row"][data-variable="city"]');
  await expect(row).toBeVisible();
  await row.getByTestId('variable-label').fill('City');
  await expect(page.getByTestId('unsaved-badge')).toBeVisible();

  await chooseModel(page, CHAT_MODEL);
  await expect(page.getByTestId('model-features')).toContainText('Tool call');
  await expect(page.getByTestId('parameter-panel')).toBeVisible();

  // The debug pane answers from the unsaved configuration, streaming.
  await page.locator('[data-testid="debug-input"][data-variable="city"]').fill('Lisbon');
  await page.getByTestId('debug-query').fill('Hello there');
  await page.getByTestId('debug-send').click();
  const answer = page.getByTestId('debug-answer').last();
  await expect(answer).toHaveAttribute('data-status', 'done');
  await expect(answer).toContainText('Hello there');
  await expect(page.getByTestId('debug-question')).toHaveText('Hello there');

  // Leaving with unsaved edits asks first; they survive the reload, and Publish saves them as a version.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByTestId('unsaved-badge')).toBeVisible();
  await expect(page.getByTestId('prompt-editor')).toHaveValue('You plan trips to {{city}}. Be brief.');
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('published-version')).toBeVisible();
  await expect(page.getByTestId('unsaved-badge')).toHaveCount(0);

  // API access: the app's base URL, examples with its variable, and a key.
  await page.getByTestId('studio-nav-develop').click();
  await expect(page.getByTestId('api-base-url')).toHaveText(/\/v1$/);
  await expect(page.getByTestId('code-curl')).toContainText('"city": "City"');
  await expect(page.locator('[data-testid="api-endpoint"]').filter({ hasText: '/chat-messages' }).first()).toBeVisible();
  await page.getByTestId('open-api-keys').click();
  await page.getByTestId('api-key-create').click();
  const secret = (await page.getByTestId('api-key-secret').textContent()) ?? '';
  expect(secret).toMatch(/^app-/);
  await page.keyboard.press('Escape');
  const service = await request.post('/v1/chat-messages', {
    headers: { Authorization: `Bearer ${secret}` },
    data: { inputs: { city: 'Porto' }, query: 'Key check', response_mode: 'blocking', user: 'script-1' },
  });
  expect(service.status()).toBe(200);

  // An end user opens the published web app from the overview, chats in it and likes the answer.
  await page.getByTestId('studio-nav-overview').click();
  const webAppUrl = (await page.getByTestId('web-app-url').textContent()) ?? '';
  expect(webAppUrl).toMatch(/\/chat\/[A-Za-z0-9]+$/);
  const visitor = await askInWebApp(browser, webAppUrl, 'Where should I eat?');
  const reply = visitor.getByTestId('webapp-answer').last();
  await expect(reply).toContainText('Where should I eat?');
  await reply.getByTestId('webapp-answer-like').click();
  await expect(reply.getByTestId('webapp-answer-like')).toHaveAttribute('aria-pressed', 'true');
  await visitor.context().close();

  // Logs show the conversation with its message, inputs, tokens, version and the feedback.
  await page.getByTestId('studio-nav-logs').click();
  await page.getByTestId('logs-search').fill('Where should I eat');
  const logRow = page.getByTestId('log-row');
  await expect(logRow).toHaveCount(1);
  await expect(logRow.getByTestId('log-row-likes')).toHaveText('1');
  await page.getByTestId('logs-feedback-filter').click();
  await page.getByTestId('logs-feedback-dislike').click();
  await expect(logRow).toHaveCount(0);
  await page.getByTestId('logs-feedback-filter').click();
  await page.getByTestId('logs-feedback-like').click();
  await logRow.click();
  const drawer = page.getByTestId('conversation-drawer');
  const message = drawer.getByTestId('log-message').filter({ hasText: 'Where should I eat?' });
  await expect(message.getByTestId('log-message-query')).toHaveText('Where should I eat?');
  await expect(message.getByTestId('log-message-inputs')).toContainText('Lisbon');
  await expect(message.getByTestId('log-user-feedback')).toHaveText('User liked');
  await expect(message.getByTestId('log-message-tokens')).toContainText('tokens');
  await expect(message.getByTestId('log-message-version')).toContainText('Configuration v');

  // Annotate the answer from the drawer.
  await message.getByTestId('log-annotate').click();
  await message.getByTestId('annotation-answer').fill('Try the pastéis de nata in Belém.');
  await message.getByTestId('annotation-save').click();
  await expect(message.getByTestId('log-message-annotation')).toContainText('Try the pastéis de nata in Belém.');
  await page.keyboard.press('Escape');

  // Turn annotation reply on with the embedding model; the list shows the annotation.
  await page.getByTestId('tab-annotations').click();
  await expect(page.getByTestId('annotation-row').first()).toContainText('Try the pastéis de nata in Belém.');
  await page.getByTestId('annotation-embedding-model').click();
  await page.locator(`[data-testid="annotation-embedding-option"]`).filter({ hasText: EMBEDDING_MODEL }).click();
  await page.getByTestId('annotation-reply-switch').click();
  await expect(page.getByTestId('annotation-reply-switch')).toHaveAttribute('aria-checked', 'true');

  // Another visitor asking the same question in the web app now gets the annotation as the reply.
  const second = await askInWebApp(browser, webAppUrl, 'Where should I eat?');
  await expect(second.getByTestId('webapp-answer').last().getByTestId('webapp-markdown')).toHaveText('Try the pastéis de nata in Belém.');
  await second.context().close();

  // From another workspace the app does not exist: its studio is a 404 and its logs are refused.
  const other = await consoleCall(baseURL!, '/console/api/workspaces', { name: 'Elsewhere' }, token);
  await consoleCall(baseURL!, '/console/api/workspaces/switch', { tenant_id: other.id }, token);
  await page.goto(`/app/${appId}/logs`);
  await expect(page.getByTestId('not-found-title')).toBeVisible();
  const input = encodeURIComponent(JSON.stringify({ app_id: appId }));
  expect((await page.request.get(`/api/trpc/conversationLogs.listChat?input=${input}`)).status()).toBe(404);
  await consoleCall(baseURL!, '/console/api/workspaces/switch', { tenant_id: home }, token);
  await page.goto(`/app/${appId}/logs`);
  await expect(page.getByTestId('studio-app-name')).toHaveText('Trip Planner');
});

test('compare runs the same question on two models side by side', async ({ page }) => {
  await signInStudio(page);
  await createAppInStudio(page, 'chat', 'Model Duel');
  await chooseModel(page, CHAT_MODEL);
  await page.getByTestId('debug-compare').click();
  await chooseModel(page, SECOND_MODEL, 'compare-model-0');
  await expect(page.getByTestId('debug-column')).toHaveCount(2);
  await page.getByTestId('debug-query').fill('Hi both');
  await page.getByTestId('debug-send').click();
  const columns = page.getByTestId('debug-column');
  for (const index of [0, 1]) {
    await expect(columns.nth(index).getByTestId('debug-answer')).toHaveAttribute('data-status', 'done');
    await expect(columns.nth(index).getByTestId('debug-answer')).toContainText('Hi both');
  }
  await expect(columns.nth(1).getByTestId('debug-column-model')).toContainText(SECOND_MODEL);
});

test('an agent app’s debug pane shows its tool call, and restart clears the conversation', async ({ page }) => {
  await signInStudio(page);
  await createAppInStudio(page, 'agent-chat', 'Clock Agent');
  await chooseModel(page, CHAT_MODEL);
  await page.getByTestId('agent-add-tool').click();
  await page.locator('[data-testid="agent-tool-option"][data-tool="current_time"]').click();
  await expect(page.locator('[data-testid="agent-tool"][data-tool="current_time"]')).toBeVisible();

  await page.getByTestId('debug-query').fill('Please call current_time for me');
  await page.getByTestId('debug-send').click();
  const call = page.locator('[data-testid="agent-tool-call"][data-tool="current_time"]').first();
  await expect(call).toBeVisible();
  await call.locator('summary').click();
  await expect(call.getByTestId('agent-tool-observation')).not.toBeEmpty();
  await expect(page.getByTestId('debug-answer').last()).toHaveAttribute('data-status', 'done');

  // Restart forgets the conversation.
  await page.getByTestId('debug-restart').click();
  await expect(page.getByTestId('debug-answer')).toHaveCount(0);
});
