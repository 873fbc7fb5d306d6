import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { signInWithPassword } from './support/console';

// An operator crawls a small website from a knowledge base and picks pages to import. The site runs
// in this test process on the one loopback port the server's SSRF guard was told to allow.

const owner = { email: 'crawl-owner@example.com', name: 'Cora Crawl', password: 'Passw0rd-crawl' };
const port = Number(process.env.E2E_CRAWL_SITE_PORT);
const site = `http://127.0.0.1:${port}`;

const page = (title: string, text: string, links: string[] = []) =>
  `<!doctype html><html><head><title>${title}</title><meta name="description" content="About ${title}"></head><body><nav>Menu</nav><main><article><h1>${title}</h1><p>${text}</p>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</article></main></body></html>`;

const PAGES: Record<string, { body: string; type: string }> = {
  '/robots.txt': { body: 'User-agent: *\nDisallow: /private\n', type: 'text/plain' },
  '/': { body: page('Garden handbook', 'Everything about the garden.', ['/soil', '/water', '/private/notes', 'https://elsewhere.example/']), type: 'text/html' },
  '/soil': { body: page('Soil', 'Loam holds water and air in balance.'), type: 'text/html' },
  '/water': { body: page('Watering', 'Water early in the morning, at the roots.'), type: 'text/html' },
  '/private/notes': { body: page('Private', 'Not for crawlers.'), type: 'text/html' },
};

let server: Server;
const received: string[] = [];
let datasetId = '';

test.beforeAll(async ({ request }) => {
  server = createServer((req, res) => {
    received.push(req.url ?? '');
    const found = PAGES[req.url ?? ''];
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const step = (await (await request.get('/console/api/setup')).json()).step;
  if (step !== 'finished') expect((await request.post('/console/api/setup', { data: owner })).status()).toBe(201);
  const login = await request.post('/console/api/login', { data: { email: owner.email, password: owner.password } });
  const token = (await login.json()).data.access_token as string;
  // The login also set the cookie session, which wants its CSRF token on writes.
  const csrf = (await request.storageState()).cookies.find((cookie) => cookie.name === 'csrf_token')?.value ?? '';
  const created = await request.post('/console/api/datasets', { headers: { Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrf }, data: { name: 'Garden' } });
  expect(created.status(), await created.text()).toBe(201);
  datasetId = (await created.json()).id;
});

test.afterAll(async () => {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('crawls a site with live progress, lists its pages with previews and imports the chosen ones', async ({ page: browser }) => {
  await browser.goto('/signin');
  await signInWithPassword(browser, owner);
  await browser.goto(`/datasets/${datasetId}/documents/create-from-website`);
  await expect(browser.getByRole('heading', { name: 'Import from a website' })).toBeVisible();
  await browser.getByTestId('crawl-url').fill(`${site}/`);
  await browser.getByTestId('crawl-limit').fill('10');
  await browser.getByTestId('crawl-depth').fill('1');
  await browser.getByTestId('crawl-run').click();

  await expect(browser.getByTestId('crawl-progress')).toContainText(/3 pages read in \d+\.\d\d s/);
  const pages = browser.getByTestId('crawled-page');
  await expect(pages).toHaveCount(3);
  await expect(pages.nth(1)).toContainText('Soil');
  await expect(pages.nth(1)).toContainText(`${site}/soil`);
  await pages.nth(1).getByRole('button', { name: 'Preview' }).click();
  await expect(pages.nth(1).locator('pre')).toContainText('Loam holds water and air in balance.');

  await expect(browser.getByTestId('crawl-import')).toBeDisabled();
  await browser.getByTestId('crawl-select-all').check();
  await expect(browser.getByText('3 selected')).toBeVisible();
  await pages.nth(0).getByRole('checkbox').uncheck();
  await expect(browser.getByText('2 selected')).toBeVisible();
  await expect(browser.getByTestId('crawl-import')).toBeEnabled();

  // Importing makes one document per chosen page and goes back to the knowledge base's documents.
  await browser.getByTestId('crawl-import').click();
  await expect(browser).toHaveURL(new RegExp(`/datasets/${datasetId}/documents$`));
  await expect(browser.getByText('Soil', { exact: true }).first()).toBeVisible();
  await expect(browser.getByText('Watering', { exact: true }).first()).toBeVisible();

  expect(received).toContain('/robots.txt');
  expect(received).not.toContain('/private/notes');
});

test('a crawl of a loopback address the guard was not told to allow is refused with the reason, and the canary there gets nothing', async ({ page: browser }) => {
  const canaryHits: string[] = [];
  const canary = createServer((req, res) => {
    canaryHits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html' }).end(page('Canary', 'Should never be read.'));
  });
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
  try {
    await browser.goto('/signin');
    await signInWithPassword(browser, owner);
    await browser.goto(`/datasets/${datasetId}/documents/create-from-website`);
    await browser.getByTestId('crawl-url').fill(`http://127.0.0.1:${(canary.address() as AddressInfo).port}/`);
    await browser.getByTestId('crawl-run').click();
    await expect(browser.getByText(/Only public http\(s\) URLs can be crawled/)).toBeVisible();
    expect(canaryHits).toEqual([]);
  } finally {
    canary.closeAllConnections();
    await new Promise<void>((resolve) => canary.close(() => resolve()));
  }
});
