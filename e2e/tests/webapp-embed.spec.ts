import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { type SeededApp, seedApp, seedWorkspace, type WebappWorkspace } from './support/webapp-seed';

// Dify's embed snippet on a plain page of another origin (a loopback server this test starts).
test.describe.configure({ mode: 'serial' });

let workspace: WebappWorkspace;
let app: SeededApp;
let host: Server;
let hostUrl: string;

test.beforeAll(async ({ baseURL }) => {
  workspace = await seedWorkspace(baseURL!, 'Web app embed');
  app = await seedApp(workspace, 'chat', 'Shop Assistant', {
    pre_prompt: 'You help {{customer}} shop.',
    user_input_form: [{ 'text-input': { variable: 'customer', label: 'Customer', required: true } }],
  });
  const page = `<!doctype html><html lang="en"><head><title>Shop</title></head><body>
<h1>Our shop</h1>
<script>
 window.difyChatbotConfig = { token: '${app.code}', baseUrl: '${baseURL}', inputs: { customer: 'Ada Lovelace' } }
</script>
<script src="${baseURL}/embed.min.js" id="${app.code}" defer></script>
</body></html>`;
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  // "localhost" makes the shop another origin than the app at 127.0.0.1.
  hostUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  await workspace?.models.close();
});

test('the bubble opens the chatbot in a frame, with the inputs the page handed over', async ({ page }) => {
  await page.goto(hostUrl);
  const bubble = page.locator('#dify-chatbot-bubble-button');
  await expect(bubble).toBeVisible();
  await expect(bubble).toHaveAttribute('aria-expanded', 'false');
  await bubble.click();
  await expect(page.locator('#dify-chatbot-bubble-window')).toBeVisible();
  const frame = page.frameLocator('#dify-chatbot-bubble-window');
  await expect(frame.getByTestId('webapp-title')).toHaveText('Shop Assistant');
  await expect(frame.getByTestId('webapp-input-customer')).toHaveValue('Ada Lovelace');
  await frame.getByTestId('webapp-start-chat').click();
  await frame.getByTestId('webapp-composer-input').fill('Do you ship abroad?');
  await frame.getByTestId('webapp-composer-input').press('Enter');
  await expect(frame.getByTestId('webapp-answer').last()).toContainText('Echo: Do you ship abroad?');
  const asked = JSON.stringify(workspace.models.requests.find((r) => JSON.stringify(r.body ?? null).includes('ship abroad'))?.body);
  expect(asked).toContain('You help Ada Lovelace shop.');

  await bubble.click();
  await expect(page.locator('#dify-chatbot-bubble-window')).toBeHidden();
});

test('only the chatbot page may be framed; the full chat page and the console refuse', async ({ request }) => {
  const chatbot = await request.get(`/chatbot/${app.code}`);
  expect(chatbot.headers()['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
  expect(chatbot.headers()['x-frame-options']).toBeUndefined();
  for (const path of [`/chat/${app.code}`, '/apps']) {
    const page = await request.get(path, { maxRedirects: 0 });
    expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});
