import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { startTestModelServer, type TestModelServer } from '@tessera/model-runtime/testing';
import { CHAT_MODEL, chooseModel, createAppInStudio, seedStudioWorkspace, signInStudio } from './support/studio';

// The studio's pages at phone width, in Chinese, in the dark, and through axe-core.
test.describe.configure({ mode: 'serial' });

let server: TestModelServer;
let appId: string;
const SECTIONS = ['configuration', 'develop', 'logs', 'overview'] as const;

test.beforeAll(async ({ baseURL, browser }) => {
  server = await startTestModelServer();
  await seedStudioWorkspace(baseURL!, server);
  const page = await browser.newPage({ baseURL });
  await signInStudio(page);
  appId = await createAppInStudio(page, 'chat', 'Pocket Guide');
  await page.getByTestId('prompt-editor').fill('Guide visitors around {{city}}.');
  await chooseModel(page, CHAT_MODEL);
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('published-version')).toBeVisible();
  await page.close();
});

test.afterAll(async () => {
  await server?.close();
});

async function noSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('every section fits a 390×844 phone, with its nav reachable', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInStudio(page);
  for (const section of SECTIONS) {
    await page.goto(`/app/${appId}/${section}`);
    await expect(page.getByTestId(`studio-nav-${section}`)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('studio-app-name')).toHaveText('Pocket Guide');
    await noSideScroll(page);
  }
  // The debug pane sits below the editor on a phone and still answers.
  await page.goto(`/app/${appId}/configuration`);
  await page.locator('[data-testid="debug-input"][data-variable="city"]').fill('Porto');
  await page.getByTestId('debug-query').fill('Hi from a phone');
  await page.getByTestId('debug-send').click();
  await expect(page.getByTestId('debug-answer').last()).toContainText('Hi from a phone');
  await noSideScroll(page);
});

test('the studio speaks Simplified Chinese', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'locale', value: 'zh-Hans', url: baseURL! }]);
  await signInStudio(page);
  await page.goto(`/app/${appId}/configuration`);
  await expect(page.getByTestId('studio-nav-configuration')).toHaveText('编排');
  await expect(page.getByTestId('studio-nav-logs')).toHaveText('日志与标注');
  await expect(page.getByTestId('publish')).toHaveText('发布');
  await page.goto(`/app/${appId}/overview`);
  await expect(page.getByTestId('web-app-card')).toContainText('Web 应用');
  await expect(page.getByTestId('stat-conversations')).toContainText('对话数');
});

test('the studio follows the system’s dark setting', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await signInStudio(page);
  await page.goto(`/app/${appId}/overview`);
  await expect(page.getByTestId('web-app-qr')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // Dark means every channel of the page background is low.
  const channels = (background.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lightness = background.startsWith('oklch') ? channels[0]! * 255 : Math.max(...channels);
  expect(lightness).toBeLessThan(80);
  await page.screenshot({ path: testInfo.outputPath('studio-overview-dark.png'), fullPage: true });
  await testInfo.attach('studio-overview-dark', { path: testInfo.outputPath('studio-overview-dark.png'), contentType: 'image/png' });
});

test('overview: web app link, QR code, site settings, access control and the embed snippets', async ({ page }) => {
  await signInStudio(page);
  await page.goto(`/app/${appId}/overview`);
  const url = await page.getByTestId('web-app-url').textContent();
  expect(url).toMatch(/\/chat\/[A-Za-z0-9]+$/);
  await expect(page.getByTestId('web-app-qr')).toBeVisible();

  await page.getByTestId('web-app-switch').click();
  await expect(page.getByTestId('web-app-status')).toHaveText('Disabled');
  await page.getByTestId('web-app-switch').click();
  await expect(page.getByTestId('web-app-status')).toHaveText('In service');

  await page.getByTestId('open-site-settings').click();
  const dialog = page.getByTestId('site-settings-dialog');
  await dialog.getByTestId('site-title').fill('Pocket Guide for visitors');
  await dialog.getByTestId('site-copyright').fill('© Pocket Guides');
  await dialog.getByTestId('access-private_all').check();
  await dialog.getByTestId('site-save').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('open-site-settings').click();
  await expect(dialog.getByTestId('site-title')).toHaveValue('Pocket Guide for visitors');
  await expect(dialog.getByTestId('access-private_all')).toBeChecked();
  await page.keyboard.press('Escape');

  await page.getByTestId('open-embed').click();
  const code = url!.split('/').at(-1)!;
  await expect(page.getByTestId('embed-iframe')).toContainText(`/chatbot/${code}`);
  await expect(page.getByTestId('embed-script')).toContainText(`/embed.min.js" id="${code}"`);
});

test('axe finds no serious or critical problems on the studio pages', async ({ page }) => {
  await signInStudio(page);
  const problems: string[] = [];
  for (const section of SECTIONS) {
    await page.goto(`/app/${appId}/${section}`);
    await expect(page.getByTestId('studio-app-name')).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    problems.push(...serious.map((v) => `${section}: ${v.id} ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html}`).join(', ')}`));
  }
  expect(problems).toEqual([]);
});
