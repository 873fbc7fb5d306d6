import { expect, test } from '@playwright/test';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { CHAT_MODEL, chooseModel, consoleCall, createAppInStudio, seedStudioWorkspace, signInStudio } from './support/studio';

// An operator gives a chat app a knowledge base in Orchestrate's Context section; the debug pane
// and then the published web app answer from it and cite the document.
test.describe.configure({ mode: 'serial' });

const FACT = 'Mercury is the smallest planet and the closest to the Sun.';
const DOCUMENT = 'planet-guide';

let server: TestModelServer;
let token: string;
let datasetName: string;

test.beforeAll(async ({ baseURL }) => {
  server = await startTestModelServer();
  token = await seedStudioWorkspace(baseURL!, server);
  datasetName = `Solar facts ${Date.now().toString(36)}`;
  const dataset = await consoleCall(baseURL!, '/console/api/datasets', { name: datasetName, indexing_technique: 'economy', permission: 'all_team_members' }, token);
  const key = (await consoleCall(baseURL!, '/console/api/datasets/api-keys', {}, token)).token as string;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const created = await fetch(`${baseURL}/v1/datasets/${dataset.id}/document/create-by-text`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: DOCUMENT, text: FACT, indexing_technique: 'economy', process_rule: { mode: 'automatic' } }),
  });
  expect(created.status).toBe(200);
  const { batch } = await created.json();
  await expect
    .poll(async () => {
      const status = await (await fetch(`${baseURL}/v1/datasets/${dataset.id}/documents/${batch}/indexing-status`, { headers })).json();
      return status.data?.[0]?.indexing_status;
    }, { timeout: 30_000 })
    .toBe('completed');
});

test.afterAll(async () => {
  await server?.close();
});

test('a chat app given a knowledge base in Context cites it in the debugger and in the published web app', async ({ page, baseURL }) => {
  await signInStudio(page);
  const appId = await createAppInStudio(page, 'chat', 'Planet Helper');
  await chooseModel(page, CHAT_MODEL);

  const context = page.getByTestId('context-section');
  await context.getByTestId('context-add').click();
  const picker = page.getByTestId('dataset-picker');
  await picker.locator(`[data-testid="dataset-option"][data-name="${datasetName}"] input`).check();
  await picker.getByTestId('dataset-picker-add').click();
  await expect(context.getByTestId('context-dataset')).toHaveText(datasetName);

  await context.getByTestId('context-settings').click();
  const settings = page.getByTestId('retrieval-settings');
  await settings.getByTestId('retrieval-top-k').fill('2');
  await settings.getByTestId('retrieval-save').click();
  await expect(settings).toHaveCount(0);

  // The debugger runs the unsaved configuration: its answer cites the document.
  await page.getByTestId('debug-query').fill('Which planet is closest to the Sun?');
  await page.getByTestId('debug-send').click();
  const answer = page.getByTestId('debug-answer').last();
  await expect(answer).toHaveAttribute('data-status', 'done');
  await expect(answer.getByTestId('citation')).toHaveAttribute('data-document', DOCUMENT);
  const asked = server.requests.map((r) => JSON.stringify(r.body ?? null)).find((body) => body.includes('<context>'));
  expect(asked).toContain(FACT);

  await page.getByTestId('publish').click();
  await expect(page.getByTestId('published-version')).toBeVisible();
  const saved = await consoleCall(baseURL!, `/console/api/apps/${appId}/model-config`, undefined, token);
  expect(saved.dataset_configs).toMatchObject({ top_k: 2, datasets: { datasets: [{ dataset: { enabled: true } }] } });

  // An end user asks in the web app and opens the citation to read the passage.
  const site = (await consoleCall(baseURL!, `/console/api/apps/${appId}`, undefined, token)).site;
  await page.goto(`/chat/${site.code}`);
  await page.getByTestId('webapp-composer-input').fill('Which planet is closest to the Sun?');
  await page.getByTestId('webapp-composer-input').press('Enter');
  const reply = page.getByTestId('webapp-answer').last();
  await expect(reply).toHaveAttribute('data-status', 'done');
  const citation = reply.getByTestId('citation');
  await expect(citation).toContainText(DOCUMENT);
  await citation.getByText(DOCUMENT).click();
  await expect(citation).toContainText(FACT);

  // Reopened after a reload, the conversation's stored message still carries its citation.
  await page.reload();
  await page.getByTestId('webapp-conversation-open').first().click();
  await expect(page.getByTestId('webapp-answer').last().getByTestId('citation')).toContainText(DOCUMENT);
});
