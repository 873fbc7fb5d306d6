import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { type SeededApp, seedApp, seedWorkspace, type WebappWorkspace } from './support/webapp-seed';

// An end user chats in a published chat app: input form, streamed markdown, conversations, feedback,
// a reload in the middle of an answer, a phone-sized screen, both languages and accessibility.
test.describe.configure({ mode: 'serial' });

let workspace: WebappWorkspace;
let app: SeededApp;
let chineseApp: SeededApp;

test.beforeAll(async ({ baseURL }) => {
  workspace = await seedWorkspace(baseURL!, 'Web app chat');
  app = await seedApp(
    workspace,
    'chat',
    'Trip Helper',
    {
      pre_prompt: 'You help {{name}} plan trips.',
      user_input_form: [{ 'text-input': { variable: 'name', label: 'Your name', required: true, max_length: 40 } }],
      opening_statement: 'Hello {{name}}, where to?',
      suggested_questions: ['Plan a weekend in Lisbon'],
    },
    { chat_color_theme: '#1C64F2', copyright: 'Acme Travel', default_language: 'en-US' },
  );
  chineseApp = await seedApp(workspace, 'chat', '旅行助手', { pre_prompt: 'You help plan trips.' }, { default_language: 'zh-Hans' });
});

test.afterAll(async () => {
  await workspace?.models.close();
});

const composer = (page: Page) => page.getByTestId('webapp-composer-input');
const lastAnswer = (page: Page) => page.getByTestId('webapp-answer').last();

async function startWithName(page: Page, name: string) {
  await page.goto(`/chat/${app.code}`);
  await expect(page.getByTestId('webapp-title')).toHaveText('Trip Helper');
  await page.getByTestId('webapp-start-chat').click();
  await expect(page.getByTestId('webapp-input-error')).toHaveText('Your name is required.');
  await page.getByTestId('webapp-input-name').fill(name);
  await page.getByTestId('webapp-start-chat').click();
  await expect(page.getByTestId('webapp-opening')).toContainText(`Hello ${name}, where to?`);
}

test('fills the input form, streams a markdown answer, rates it, renames and deletes the conversation', async ({ page }) => {
  await startWithName(page, 'Ada');
  await expect(page.getByTestId('webapp-footer')).toContainText('Acme Travel');

  workspace.models.script({ text: 'Here is a plan:\n\n| Day | City |\n| --- | --- |\n| 1 | **Lisbon** |\n\n```js\nconst trip = "Lisbon";\n```' });
  await composer(page).fill('Plan my trip');
  await composer(page).press('Enter');
  await expect(page.getByTestId('webapp-question').last()).toContainText('Plan my trip');
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done');
  await expect(lastAnswer(page).locator('table td strong')).toHaveText('Lisbon');
  await expect(lastAnswer(page).getByTestId('webapp-code-block')).toContainText('const trip = "Lisbon";');
  // The model was asked with the visitor's input filled into the prompt.
  const asked = JSON.stringify(workspace.models.requests.find((r) => JSON.stringify(r.body ?? null).includes('Plan my trip'))?.body);
  expect(asked).toContain('You help Ada plan trips.');

  await lastAnswer(page).getByTestId('webapp-answer-like').click();
  await expect(lastAnswer(page).getByTestId('webapp-answer-like')).toHaveAttribute('aria-pressed', 'true');

  const row = page.getByTestId('webapp-conversation').first();
  await expect(row).toBeVisible();
  await row.getByTestId('webapp-conversation-rename').click();
  await page.getByTestId('webapp-rename-input').fill('Lisbon weekend');
  await page.getByTestId('webapp-rename-save').click();
  await expect(page.getByTestId('webapp-conversation-open')).toHaveText(['Lisbon weekend']);

  // After a reload the conversation, its answer and the feedback come back from the server.
  await page.reload();
  await page.getByTestId('webapp-conversation-open').filter({ hasText: 'Lisbon weekend' }).click();
  await expect(lastAnswer(page).locator('table td strong')).toHaveText('Lisbon');
  await expect(lastAnswer(page).getByTestId('webapp-answer-like')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('webapp-conversation').filter({ hasText: 'Lisbon weekend' }).getByTestId('webapp-conversation-delete').click();
  await page.getByTestId('webapp-delete-dialog').getByTestId('confirm-action').click();
  await expect(page.getByTestId('webapp-conversation')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('webapp-start-chat')).toBeVisible();
  await expect(page.getByTestId('webapp-conversation')).toHaveCount(0);
});

test('an answer still streaming when the page reloads finishes on screen', async ({ page }) => {
  const words = Array.from({ length: 40 }, (_, i) => `word${i + 1}`);
  workspace.models.setLatency({ tokensPerSecond: 8 });
  workspace.models.script({ text: words.join(' ') });
  try {
    await startWithName(page, 'Grace');
    await composer(page).fill('Tell me a long story');
    await composer(page).press('Enter');
    await expect(lastAnswer(page)).toContainText('word3');
    await expect(lastAnswer(page)).toHaveAttribute('data-status', 'streaming');
    await page.reload();
    // The page picks the answer up where it was and reads the rest from the server.
    await expect(page.getByTestId('webapp-question').last()).toContainText('Tell me a long story');
    await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
    await expect(lastAnswer(page).getByTestId('webapp-markdown')).toHaveText(words.join(' '));
  } finally {
    workspace.models.setLatency({});
  }
});

test('stop ends an answer early and keeps what arrived', async ({ page }) => {
  workspace.models.setLatency({ tokensPerSecond: 4 });
  workspace.models.script({ text: Array.from({ length: 60 }, (_, i) => `step${i + 1}`).join(' ') });
  try {
    await startWithName(page, 'Linus');
    await composer(page).fill('Count slowly');
    await composer(page).press('Enter');
    await expect(lastAnswer(page)).toContainText('step2');
    await page.getByTestId('webapp-stop').click();
    await expect(lastAnswer(page)).toHaveAttribute('data-status', 'stopped');
    await expect(page.getByTestId('webapp-send')).toBeVisible();
    await expect(lastAnswer(page)).not.toContainText('step60');
  } finally {
    workspace.models.setLatency({});
  }
});

test('works at 390×844: the conversations open in a drawer and nothing overflows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await startWithName(page, 'Mo');
  await composer(page).fill('Hi from my phone');
  await page.getByTestId('webapp-send').click();
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done');
  await expect(lastAnswer(page)).toContainText('Echo: Hi from my phone');
  const box = await page.getByTestId('webapp-composer').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId('webapp-sidebar')).not.toBeInViewport();
  await page.getByTestId('webapp-menu').click();
  await expect(page.getByTestId('webapp-sidebar')).toBeInViewport();
  await expect(page.getByTestId('webapp-conversation')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await context.close();
});

test('speaks the site’s default language, and the visitor can switch', async ({ page }) => {
  await page.goto(`/chat/${chineseApp.code}`);
  await expect(page.getByTestId('webapp-title')).toHaveText('旅行助手');
  await expect(composer(page)).toHaveAttribute('placeholder', '输入消息…');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await composer(page).fill('你好');
  await composer(page).press('Enter');
  await expect(lastAnswer(page)).toContainText('Echo: 你好');
  await expect(lastAnswer(page).getByTestId('webapp-answer-like')).toHaveAttribute('aria-label', '有帮助');

  await page.getByTestId('webapp-language').selectOption('en-US');
  await expect(composer(page)).toHaveAttribute('placeholder', 'Type a message…');
  await page.reload();
  await expect(composer(page)).toHaveAttribute('placeholder', 'Type a message…');
});

test('the English chat page has no serious accessibility violations', async ({ page }) => {
  await startWithName(page, 'Ada');
  await composer(page).fill('Hello there');
  await composer(page).press('Enter');
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done');
  await expectNoSeriousA11yViolations(page);
});

test('another visitor sees none of the first visitor’s conversations', async ({ page, browser, baseURL }) => {
  await startWithName(page, 'Ada');
  await composer(page).fill('My private question');
  await composer(page).press('Enter');
  await expect(lastAnswer(page)).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('webapp-conversation')).not.toHaveCount(0);

  const stranger = await browser.newContext({ baseURL });
  const other = await stranger.newPage();
  await other.goto(`/chat/${app.code}`);
  await expect(other.getByTestId('webapp-start-chat')).toBeVisible();
  await expect(other.getByTestId('webapp-conversation')).toHaveCount(0);
  await stranger.close();
});

/** Lightness from 0 (black) to 1 (white) of a computed colour, whichever space the browser reports it in. */
function lightnessOf(colour: string): number {
  const channels = (colour.match(/-?[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (colour.startsWith('oklch') || colour.startsWith('oklab')) return channels[0]!;
  if (colour.startsWith('lab') || colour.startsWith('lch')) return channels[0]! / 100;
  return Math.max(...channels) / 255;
}

test('follows the system’s dark setting and keeps the site’s theme colour', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startWithName(page, 'Ada');
  const colours = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    header: getComputedStyle(document.querySelector('header')!).backgroundColor,
    scheme: getComputedStyle(document.documentElement).colorScheme,
  }));
  expect(lightnessOf(colours.body), colours.body).toBeLessThan(0.3);
  expect(colours.scheme).toBe('dark');
  // The site's own colour (#1C64F2) still paints the header.
  expect(colours.header).toBe('rgb(28, 100, 242)');
  const file = testInfo.outputPath('webapp-chat-dark.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('webapp-chat-dark', { path: file, contentType: 'image/png' });

  // The light setting keeps the light page.
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(lightnessOf(light), light).toBeGreaterThan(0.9);
});
