import { buildPdf } from '@tessera/extract/testing';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signInWithPassword } from './support/console';
import { CHAT_MODEL, chooseModel, consoleCall, createAppInStudio, seedStudioWorkspace } from './support/studio';

// The whole knowledge story on a server of its own: an operator builds a knowledge base from a PDF
// in the console, checks its chunks before indexing, watches it index, reads its chunks and tests
// retrieval; then gives it to a chat app in Orchestrate's Context section, sees the debugger cite
// it, publishes, and an end user of the web app gets an answer citing the PDF.

const owner = { email: 'kb-owner@example.com', name: 'Kira Knowledge', password: 'Passw0rd-kb' };
const SPRING_TIDES = 'Spring tides follow the full moon and the new moon.';
const PDF = Buffer.from(buildPdf(['The moon pulls the tides twice a day.', SPRING_TIDES]));
const QUESTION = 'When do spring tides come with the full moon?';

let server: TestModelServer;
let token: string;

test.beforeAll(async ({ baseURL }) => {
  server = await startTestModelServer();
  token = await seedStudioWorkspace(baseURL!, server, owner);
});

test.afterAll(async () => {
  await server?.close();
});

test('uploads a PDF, previews and indexes it, tests retrieval, and a published chat app answers from it with a citation', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  await page.getByTestId('nav-datasets').click();
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(page.getByTestId('datasets-empty')).toBeVisible();

  await page.getByTestId('create-dataset').click();
  await expect(page).toHaveURL(/\/datasets\/create$/);
  await page.getByTestId('upload-input').setInputFiles({ name: 'tides.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('upload-item')).toHaveAttribute('data-uploaded', 'true');
  await page.getByTestId('wizard-next').click();

  // The chunks are previewed before anything is indexed.
  await page.getByTestId('technique-economy').click();
  await page.getByTestId('preview-chunks').click();
  await expect(page.getByTestId('preview-count')).toContainText(/\d+/);
  await expect(page.getByTestId('preview-chunk').filter({ hasText: 'Spring tides follow the full moon' })).toHaveCount(1);
  await page.getByTestId('save-and-process').click();

  const item = page.getByTestId('process-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('document-status')).toHaveAttribute('data-status', 'available', { timeout: 30_000 });
  await expect(item.getByTestId('document-status')).toHaveText('Available');
  await page.getByTestId('open-dataset').click();
  await expect(page).toHaveURL(/\/datasets\/[0-9a-f-]+\/documents$/);
  const row = page.getByTestId('document-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('document-status')).toHaveText('Available');
  await expect(page.getByTestId('sync-from-website')).toHaveAttribute('href', /\/documents\/create-from-website$/);

  await row.getByTestId('document-link').click();
  await expect(page.getByTestId('document-title')).toHaveText('tides.pdf');
  const segment = page.getByTestId('segment-card').filter({ hasText: 'Spring tides follow the full moon' });
  await expect(segment).toHaveCount(1);
  await segment.getByTestId('segment-edit').click();
  await page.getByTestId('segment-keywords').fill('tides, moon');
  await page.getByTestId('segment-save').click();
  await expect(page.getByTestId('segment-dialog')).toBeHidden();
  await expect(segment).toContainText('#moon');

  // A CSV of chunks is added to the document by an import job; the new chunk is listed when it finishes.
  await page.getByTestId('segment-import-file').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('content\nNeap tides come at the quarter moons.\n') });
  await expect(page.getByTestId('segment-import-status')).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
  await expect(page.getByTestId('segment-card').filter({ hasText: 'Neap tides come at the quarter moons.' })).toHaveCount(1);

  // A disabled document says so in the table, and comes back when enabled again.
  await page.getByTestId('dataset-nav-documents').click();
  await page.getByTestId('document-row').getByTestId('document-enabled').click();
  await expect(page.getByTestId('document-row').getByTestId('document-status')).toHaveText('Disabled');
  await page.getByTestId('document-row').getByTestId('document-enabled').click();
  await expect(page.getByTestId('document-row').getByTestId('document-status')).toHaveText('Available');

  await page.getByTestId('dataset-nav-hit-testing').click();
  await page.getByTestId('hit-query').fill('full moon');
  await page.getByTestId('hit-run').click();
  const record = page.getByTestId('hit-record').filter({ hasText: 'Spring tides follow the full moon' });
  await expect(record).toHaveCount(1);
  await expect(record.getByTestId('hit-score')).toHaveText(/Score \d\.\d\d/);
  await expect(page.getByTestId('hit-history')).toContainText('full moon');

  // The knowledge base goes into a chat app's Context section.
  const datasetName = (await consoleCall(baseURL!, '/console/api/datasets?page=1&limit=1', undefined, token)).data[0].name as string;
  const appId = await createAppInStudio(page, 'chat', 'Tide Helper');
  await chooseModel(page, CHAT_MODEL);
  const context = page.getByTestId('context-section');
  await context.getByTestId('context-add').click();
  const picker = page.getByTestId('dataset-picker');
  await picker.locator(`[data-testid="dataset-option"][data-name="${datasetName}"] input`).check();
  await picker.getByTestId('dataset-picker-add').click();
  await expect(context.getByTestId('context-dataset')).toHaveText(datasetName);

  // The debugger runs the unsaved configuration: its answer cites the PDF, whose passage reached the model.
  await page.getByTestId('debug-query').fill(QUESTION);
  await page.getByTestId('debug-send').click();
  const answer = page.getByTestId('debug-answer').last();
  await expect(answer).toHaveAttribute('data-status', 'done');
  await expect(answer.getByTestId('citation')).toHaveAttribute('data-document', 'tides.pdf');
  const asked = server.requests.map((r) => JSON.stringify(r.body ?? null)).find((body) => body.includes('<context>'));
  expect(asked).toContain(SPRING_TIDES);

  await page.getByTestId('publish').click();
  await expect(page.getByTestId('published-version')).toBeVisible();

  // An end user asks in the web app and opens the citation to read the passage.
  const site = (await consoleCall(baseURL!, `/console/api/apps/${appId}`, undefined, token)).site;
  await page.goto(`/chat/${site.code}`);
  await page.getByTestId('webapp-composer-input').fill(QUESTION);
  await page.getByTestId('webapp-composer-input').press('Enter');
  const reply = page.getByTestId('webapp-answer').last();
  await expect(reply).toHaveAttribute('data-status', 'done');
  const citation = reply.getByTestId('citation');
  await expect(citation).toContainText('tides.pdf');
  await citation.getByText('tides.pdf').click();
  await expect(citation).toContainText(SPRING_TIDES);

  // Reopened after a reload, the conversation's stored message still carries its citation.
  await page.reload();
  await page.getByTestId('webapp-conversation-open').first().click();
  await expect(page.getByTestId('webapp-answer').last().getByTestId('citation')).toContainText('tides.pdf');
});

test('the knowledge list has no serious accessibility violations and fits a phone', async ({ page }) => {
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  await page.goto('/datasets');
  await expect(page.getByTestId('dataset-card')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('dataset-card')).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByTestId('dataset-card-link').click();
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  expect(await overflow()).toBeLessThanOrEqual(0);
  for (const section of ['hit-testing', 'settings'] as const) {
    await page.getByTestId(`dataset-nav-${section}`).click();
    await expect(page.getByTestId(`dataset-nav-${section}`)).toHaveAttribute('aria-current', 'page');
    expect(await overflow(), section).toBeLessThanOrEqual(0);
  }
});

test('the Knowledge section speaks Chinese', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: 'locale', value: 'zh-Hans', url: baseURL! }]);
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  await expect(page.getByTestId('nav-datasets')).toHaveText('知识库');
  await page.getByTestId('nav-datasets').click();
  await page.getByTestId('dataset-card-link').click();
  await expect(page.getByTestId('document-row').getByTestId('document-status')).toHaveText('可用');
  await expect(page.getByTestId('sync-from-website')).toHaveText('从网站同步');
  await expect(page.getByTestId('dataset-nav-hit-testing')).toHaveText('召回测试');
});
