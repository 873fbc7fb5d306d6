import { buildPdf } from '@tessera/extract/testing';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signInWithPassword } from './support/console';

// An operator builds a knowledge base from a PDF in the console, checks its chunks before
// indexing, watches it index, reads its chunks and tests retrieval. Runs on its own server.

const owner = { email: 'kb-owner@example.com', name: 'Kira Knowledge', password: 'Passw0rd-kb' };
const PDF = Buffer.from(buildPdf(['The moon pulls the tides twice a day.', 'Spring tides follow the full moon and the new moon.']));

test.beforeAll(async ({ request }) => {
  const step = (await (await request.get('/console/api/setup')).json()).step;
  if (step !== 'finished') expect((await request.post('/console/api/setup', { data: owner })).status()).toBe(201);
});

test('creates a knowledge base from an uploaded PDF, previews and indexes it, shows its chunks and retrieves from it', async ({ page }) => {
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
