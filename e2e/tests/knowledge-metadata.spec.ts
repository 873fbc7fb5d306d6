import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signInWithPassword } from './support/console';
import { CHAT_MODEL, chooseModel, consoleCall, createAppInStudio, seedStudioWorkspace } from './support/studio';

// Metadata filtering of an app's knowledge, on a server of its own: a knowledge base holds two
// timetables that differ in one custom field (set through the API); in Orchestrate the operator
// writes a manual condition on that field, and the debugger and the published web app then cite
// only the matching timetable. Switching to automatic saves the chosen model.

test.describe.configure({ mode: 'serial' });

const owner = { email: 'kb-meta-owner@example.com', name: 'Mona Metadata', password: 'Passw0rd-meta' };
const NORTH = 'The island ferry leaves the north pier at nine every morning.';
const SOUTH = 'The island ferry leaves the south pier at ten every morning.';
const QUESTION = 'When does the island ferry leave every morning?';
const DATASET = 'Ferry timetables';

let server: TestModelServer;
let token: string;

/** Calls the knowledge API with a dataset key, as an integrator's script would. */
const knowledgeCall = (baseURL: string, key: string, path: string, body?: unknown) => consoleCall(baseURL, `/v1${path}`, body, key);

test.beforeAll(async ({ baseURL }) => {
  server = await startTestModelServer();
  token = await seedStudioWorkspace(baseURL!, server, owner);
  const dataset = await consoleCall(baseURL!, '/console/api/datasets', { name: DATASET, indexing_technique: 'economy' }, token);
  const key = (await consoleCall(baseURL!, '/console/api/datasets/api-keys', {}, token)).token as string;
  const ids: Record<string, string> = {};
  for (const [name, text] of [['north-pier.txt', NORTH], ['south-pier.txt', SOUTH]] as const) {
    const created = await knowledgeCall(baseURL!, key, `/datasets/${dataset.id}/document/create-by-text`, {
      name,
      text,
      indexing_technique: 'economy',
      process_rule: { mode: 'automatic' },
    });
    ids[name] = created.document.id;
    await expect
      .poll(async () => (await knowledgeCall(baseURL!, key, `/datasets/${dataset.id}/documents/${created.batch}/indexing-status`)).data[0].indexing_status, { timeout: 30_000 })
      .toBe('completed');
  }
  const pier = await knowledgeCall(baseURL!, key, `/datasets/${dataset.id}/metadata`, { type: 'string', name: 'pier' });
  await knowledgeCall(baseURL!, key, `/datasets/${dataset.id}/documents/metadata`, {
    operation_data: [
      { document_id: ids['north-pier.txt'], metadata_list: [{ id: pier.id, name: 'pier', value: 'north' }] },
      { document_id: ids['south-pier.txt'], metadata_list: [{ id: pier.id, name: 'pier', value: 'south' }] },
    ],
  });
});

test.afterAll(async () => {
  await server?.close();
});

/** Asks the debugger and returns the names of the documents its answer cites. */
async function debugCitations(page: Page): Promise<string[]> {
  const before = await page.getByTestId('debug-answer').count();
  await page.getByTestId('debug-query').fill(QUESTION);
  await page.getByTestId('debug-send').click();
  const answer = page.getByTestId('debug-answer').nth(before);
  await expect(answer).toHaveAttribute('data-status', 'done');
  const names = await answer.getByTestId('citation').evaluateAll((items) => items.map((item) => item.getAttribute('data-document') ?? ''));
  return names.sort();
}

async function chooseOption(page: Page, trigger: ReturnType<Page['getByTestId']>, option: ReturnType<Page['getByTestId']>) {
  await trigger.click();
  await option.click();
}

const publishedDatasetConfigs = async (baseURL: string, appId: string) =>
  (await consoleCall(baseURL, `/console/api/apps/${appId}`, undefined, token)).model_config.dataset_configs;

test('a manual metadata condition built in the retrieval settings limits the cited documents; automatic mode saves its model', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  const appId = await createAppInStudio(page, 'chat', 'Ferry Desk');
  await chooseModel(page, CHAT_MODEL);
  const context = page.getByTestId('context-section');
  await context.getByTestId('context-add').click();
  const picker = page.getByTestId('dataset-picker');
  await picker.locator(`[data-testid="dataset-option"][data-name="${DATASET}"] input`).check();
  await picker.getByTestId('dataset-picker-add').click();
  await expect(context.getByTestId('context-dataset')).toHaveText(DATASET);

  // Unfiltered, the question finds both timetables.
  expect(await debugCitations(page)).toEqual(['north-pier.txt', 'south-pier.txt']);

  // Manual mode: a condition without a value is shown as an error and the dialog stays open.
  await context.getByTestId('context-settings').click();
  const dialog = page.getByTestId('retrieval-settings');
  await chooseOption(page, dialog.getByTestId('metadata-filter-mode'), page.getByRole('option', { name: 'Manual' }));
  await expect(dialog.getByTestId('metadata-conditions')).toBeVisible();
  await dialog.getByTestId('condition-add').click();
  const condition = dialog.getByTestId('metadata-condition');
  await expect(condition).toHaveCount(1);
  await chooseOption(page, condition.getByTestId('condition-field'), page.locator('[data-testid="condition-field-option"][data-name="pier"]'));
  await chooseOption(page, condition.getByTestId('condition-operator'), page.locator('[data-testid="condition-operator-option"][data-operator="is"]'));
  await dialog.getByTestId('retrieval-save').click();
  await expect(condition.getByTestId('condition-error')).toHaveText(/Enter a value/);
  await expect(dialog).toBeVisible();

  // "is empty" needs no value, so the value input goes away; "is" brings it back.
  await chooseOption(page, condition.getByTestId('condition-operator'), page.locator('[data-testid="condition-operator-option"][data-operator="empty"]'));
  await expect(condition.getByTestId('condition-value')).toHaveCount(0);
  await chooseOption(page, condition.getByTestId('condition-operator'), page.locator('[data-testid="condition-operator-option"][data-operator="is"]'));
  await condition.getByTestId('condition-value').fill('south');
  await expect(condition.getByTestId('condition-error')).toHaveCount(0);

  // A second condition can be added and removed again; with two the and/or choice appears.
  await dialog.getByTestId('condition-add').click();
  await expect(dialog.getByTestId('metadata-condition')).toHaveCount(2);
  await expect(dialog.getByTestId('condition-logical-and')).toBeChecked();
  await dialog.getByTestId('retrieval-save').click();
  await expect(dialog.getByTestId('metadata-condition').nth(1).getByTestId('condition-error')).toBeVisible();
  await expectNoSeriousA11yViolations(page, '[data-testid="retrieval-settings"]');
  await dialog.getByTestId('metadata-condition').nth(1).getByTestId('condition-remove').click();
  await expect(dialog.getByTestId('metadata-condition')).toHaveCount(1);
  await dialog.getByTestId('retrieval-save').click();
  await expect(dialog).toBeHidden();

  // The debugger runs the unsaved configuration: only the south timetable is cited and sent to the model.
  server.requests.length = 0;
  expect(await debugCitations(page)).toEqual(['south-pier.txt']);
  const asked = server.requests.map((r) => JSON.stringify(r.body ?? null)).find((body) => body.includes('<context>'));
  expect(asked).toContain(SOUTH);
  expect(asked).not.toContain(NORTH);

  await page.getByTestId('publish').click();
  await expect(page.getByTestId('published-version')).toBeVisible();
  const manual = await publishedDatasetConfigs(baseURL!, appId);
  expect(manual.metadata_filtering_mode).toBe('manual');
  expect(manual.metadata_filtering_conditions).toEqual({ logical_operator: 'and', conditions: [{ name: 'pier', comparison_operator: 'is', value: 'south' }] });

  // An end user of the published web app gets the same filtered citation.
  const site = (await consoleCall(baseURL!, `/console/api/apps/${appId}`, undefined, token)).site;
  const visitor = await (await page.context().browser()!.newContext()).newPage();
  await visitor.goto(`/chat/${site.code}`);
  await visitor.getByTestId('webapp-composer-input').fill(QUESTION);
  await visitor.getByTestId('webapp-composer-input').press('Enter');
  const reply = visitor.getByTestId('webapp-answer').last();
  await expect(reply).toHaveAttribute('data-status', 'done');
  await expect(reply.getByTestId('citation')).toHaveCount(1);
  await expect(reply.getByTestId('citation')).toHaveAttribute('data-document', 'south-pier.txt');
  await visitor.close();

  // Reopened after a reload, the dialog shows the saved condition; on a phone it fits the screen.
  await page.reload();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('context-settings').click();
  const saved = page.getByTestId('retrieval-settings').getByTestId('metadata-condition');
  await expect(saved).toHaveCount(1);
  await expect(saved.getByTestId('condition-field')).toContainText('pier');
  await expect(saved.getByTestId('condition-value')).toHaveValue('south');
  await expect(saved.getByTestId('condition-remove')).toBeInViewport();
  const overflow = await page.getByTestId('retrieval-settings').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Automatic mode: the chosen chat model is saved, and the manual conditions are kept for later.
  const settings = page.getByTestId('retrieval-settings');
  await chooseOption(page, settings.getByTestId('metadata-filter-mode'), page.getByRole('option', { name: 'Automatic' }));
  await expect(settings.getByTestId('metadata-conditions')).toHaveCount(0);
  await chooseOption(page, settings.getByTestId('metadata-filter-model'), page.getByRole('option', { name: new RegExp(`${CHAT_MODEL}$`) }));
  await settings.getByTestId('retrieval-save').click();
  await expect(settings).toBeHidden();
  await page.getByTestId('publish').click();
  await expect
    .poll(async () => {
      const configs = await publishedDatasetConfigs(baseURL!, appId);
      return [configs.metadata_filtering_mode, configs.metadata_model_config?.name, configs.metadata_filtering_conditions?.conditions?.length];
    })
    .toEqual(['automatic', CHAT_MODEL, 1]);
  await page.getByTestId('context-settings').click();
  await expect(page.getByTestId('retrieval-settings').getByTestId('metadata-filter-model')).toContainText(CHAT_MODEL);
});

test('the condition editor speaks Chinese', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: 'locale', value: 'zh-Hans', url: baseURL! }]);
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  const apps = await consoleCall(baseURL!, '/console/api/apps?page=1&limit=10', undefined, token);
  const app = apps.data.find((entry: { name: string }) => entry.name === 'Ferry Desk');
  await page.goto(`/app/${app.id}/configuration`);
  await page.getByTestId('context-settings').click();
  const dialog = page.getByTestId('retrieval-settings');
  await chooseOption(page, dialog.getByTestId('metadata-filter-mode'), page.getByRole('option', { name: '手动' }));
  await expect(dialog.getByTestId('condition-add')).toHaveText('添加条件');
  await expect(dialog.getByTestId('condition-operator')).toContainText('是');
});
