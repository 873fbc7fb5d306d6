import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { type SeededApp, seedApp, seedWorkspace, type WebappWorkspace } from './support/webapp-seed';

// A completion web app: generate from the input form, save a result, ask for more like it.
test.describe.configure({ mode: 'serial' });

let workspace: WebappWorkspace;
let app: SeededApp;

test.beforeAll(async ({ baseURL }) => {
  workspace = await seedWorkspace(baseURL!, 'Web app completion');
  app = await seedApp(workspace, 'completion', 'Summariser', {
    pre_prompt: 'Summarise: {{text}}',
    user_input_form: [{ paragraph: { variable: 'text', label: 'Text', required: true } }],
    more_like_this: { enabled: true },
  });
});

test.afterAll(async () => {
  await workspace?.models.close();
});

test('generates, saves a result, shows more like this, and lists and removes saved results', async ({ page }) => {
  await page.goto(`/completion/${app.code}`);
  await expect(page.getByTestId('webapp-title')).toHaveText('Summariser');
  await page.getByTestId('webapp-run').click();
  await expect(page.getByTestId('webapp-input-error')).toHaveText('Text is required.');

  await page.getByTestId('webapp-input-text').fill('Tides follow the moon.');
  await page.getByTestId('webapp-run').click();
  const first = page.getByTestId('webapp-result').first();
  await expect(first).toHaveAttribute('data-status', 'done');
  await expect(first).toContainText('Summarise: Tides follow the moon.');

  await first.getByTestId('webapp-result-save').click();
  await expect(first.getByTestId('webapp-result-save')).toHaveAttribute('aria-pressed', 'true');

  workspace.models.script({ text: 'The moon pulls the sea.' });
  await first.getByTestId('webapp-result-more').click();
  const second = page.getByTestId('webapp-result').nth(1);
  await expect(second).toHaveAttribute('data-status', 'done');
  await expect(second).toContainText('The moon pulls the sea.');
  await expectNoSeriousA11yViolations(page);

  await page.getByTestId('webapp-tab-saved').click();
  const saved = page.getByTestId('webapp-saved-item');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('Summarise: Tides follow the moon.');

  // Saved results belong to this visitor: they survive a reload and another browser sees none.
  await page.reload();
  await page.getByTestId('webapp-tab-saved').click();
  await expect(page.getByTestId('webapp-saved-item')).toHaveCount(1);
  const stranger = await page.context().browser()!.newContext({ baseURL: page.url().split('/completion')[0] });
  const other = await stranger.newPage();
  await other.goto(`/completion/${app.code}`);
  await other.getByTestId('webapp-tab-saved').click();
  await expect(other.getByText('Nothing saved yet.')).toBeVisible();
  await stranger.close();

  await page.getByTestId('webapp-saved-remove').click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
});

test('works at 390×844 without loading anything of the console', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const consoleCalls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/auth/') || path.startsWith('/api/trpc/') || path.startsWith('/console/')) consoleCalls.push(path);
  });
  await page.goto(`/completion/${app.code}`);
  await page.getByTestId('webapp-input-text').fill('Phones have small screens.');
  await page.getByTestId('webapp-run').click();
  const result = page.getByTestId('webapp-result').first();
  await expect(result).toHaveAttribute('data-status', 'done');
  for (const control of [page.getByTestId('webapp-run'), result, result.getByTestId('webapp-result-save')]) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The web app mounts no console session or tRPC client: a visitor's browser never asks for them.
  expect(consoleCalls).toEqual([]);
  await context.close();
});
