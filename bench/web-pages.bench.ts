// The published web app as a browser meets it: first-load JavaScript per page (gzip) of the
// production build, and in Chromium the time from navigation to an interactive composer on
// /chat/{code} and to the first visible app card on the console's /apps (and whether the cards are
// in the first paint). Needs `npm run build` first; starts the built server on a temporary data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestModelServer } from '@tessera/model-runtime/testing';
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from './server-launch';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 200;
const RUNS = 7;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function call(base: string, method: string, route: string, body?: unknown, token?: string) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not start');
}

/** Sums the gzip size of every script the page's HTML loads: what a first visit downloads before it runs. */
async function firstLoadJs(base: string, route: string): Promise<number> {
  const html = await (await fetch(`${base}${route}`)).text();
  // Scripts marked nomodule (polyfills) are skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!).filter((attributes) => !/\bnomodule\b/i.test(attributes));
  const sources = [...new Set(tags.map((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1]).filter((src): src is string => Boolean(src)))];
  let total = 0;
  for (const source of sources) {
    const bytes = Buffer.from(await (await fetch(new URL(source.replaceAll('&amp;', '&'), base))).arrayBuffer());
    total += gzipSync(bytes).length;
  }
  return total;
}

/** Notes the moment the composer (rendered only once the page has hydrated and booted) enters the DOM. */
const COMPOSER_WATCH = `new MutationObserver(function () {
  if (!window.__composerAt && document.querySelector('[data-testid="webapp-composer-input"]')) window.__composerAt = performance.now();
}).observe(document, { childList: true, subtree: true });`;

/** Signs the owner in through the console's form and waits for the app list it lands on. */
async function signIn(context: BrowserContext, owner: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByTestId('signin-email').fill(owner.email);
  await page.getByTestId('signin-password').fill(owner.password);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/\/apps$/);
  return page;
}

/**
 * Every script a signed-in console page downloads until the network settles, including chunks it
 * loads on demand after hydration (what a visitor pays before the page is usable), gzip-counted.
 */
async function consolePageJs(browser: Browser, base: string, owner: { email: string; password: string }, route: string): Promise<number> {
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await signIn(context, owner);
    const urls = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') urls.add(response.url());
    });
    await page.goto(route, { waitUntil: 'networkidle' });
    let total = 0;
    for (const url of urls) total += gzipSync(Buffer.from(await (await context.request.get(url)).body())).length;
    return total;
  } finally {
    await context.close();
  }
}

/**
 * Notes when the first app card enters the DOM and when the browser first paints content: a card
 * parsed from the server's HTML arrives before the first paint, one fetched after hydration after it.
 */
const APP_CARD_WATCH = `new MutationObserver(function () {
  if (!window.__cardAt && document.querySelector('[data-testid="app-card"]')) window.__cardAt = performance.now();
}).observe(document, { childList: true, subtree: true });
new PerformanceObserver(function (list) {
  for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcpAt = entry.startTime;
}).observe({ type: 'paint', buffered: true });`;

interface AppsPaint {
  cardMs: number;
  firstPaintMs: number;
}

/** Each sample a new context with only the signed-in cookies (no HTTP cache), as a returning operator's new tab. */
async function appsFirstCard(browser: Browser, base: string, owner: { email: string; password: string }): Promise<{ inServerHtml: boolean; samples: AppsPaint[] }> {
  const signedIn = await browser.newContext({ baseURL: base });
  await signIn(signedIn, owner);
  const storageState = await signedIn.storageState();
  const html = await (await signedIn.request.get('/apps')).text();
  await signedIn.close();
  const samples: AppsPaint[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ baseURL: base, storageState });
    const tab = await context.newPage();
    await tab.addInitScript(APP_CARD_WATCH);
    await tab.goto('/apps');
    await tab.getByTestId('app-card').first().waitFor({ state: 'visible' });
    await tab.waitForFunction(() => typeof (window as unknown as { __fcpAt?: number }).__fcpAt === 'number');
    samples.push(
      await tab.evaluate(() => {
        const marks = window as unknown as { __cardAt: number; __fcpAt: number };
        return { cardMs: marks.__cardAt, firstPaintMs: marks.__fcpAt };
      }),
    );
    await context.close();
  }
  return { inServerHtml: html.includes('data-testid="app-card"'), samples };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function run(): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tessera-bench-web-'));
  const models = await startTestModelServer();
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'apps/web/dist/server.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, ...SERVER_MALLOC_ENV, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production', DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForHealth(base);
    const owner = { email: 'bench@example.com', name: 'Bench', password: 'Passw0rd-bench' };
    await call(base, 'POST', '/console/api/setup', owner);
    const token = (await call(base, 'POST', '/console/api/login', { email: owner.email, password: owner.password })).data.access_token as string;
    const providers = '/console/api/workspaces/current/model-providers/openai_api_compatible';
    await call(base, 'POST', `${providers}/credentials`, { credentials: { endpoint_url: models.openaiBaseUrl, api_key: 'sk-bench-0123456789' } }, token);
    await call(base, 'POST', `${providers}/models/credentials`, { model: 'bench-chat', model_type: 'llm', credentials: { context_size: '8000' } }, token);
    const codes: Record<string, string> = {};
    for (const mode of ['chat', 'completion'] as const) {
      const app = await call(base, 'POST', '/console/api/apps', { name: `Bench ${mode}`, mode }, token);
      await call(base, 'POST', `/console/api/apps/${app.id}/model-config`, { model: { provider: 'openai_api_compatible', name: 'bench-chat', mode: 'chat', completion_params: {} } }, token);
      codes[mode] = (await call(base, 'GET', `/console/api/apps/${app.id}`, undefined, token)).site.code as string;
    }

    console.log(`first-load JavaScript (gzip; budget for /chat/{code}: ${BUDGET_KB} kB)`);
    const routes: [string, string][] = [
      ['/chat/{code}', `/chat/${codes.chat}`],
      ['/chatbot/{code}', `/chatbot/${codes.chat}`],
      ['/completion/{code}', `/completion/${codes.completion}`],
      ['/webapp-signin', `/webapp-signin?app_code=${codes.chat}`],
      ['/signin', '/signin'],
    ];
    for (const [name, route] of routes) {
      const kb = (await firstLoadJs(base, route)) / 1024;
      console.log(`  ${name.padEnd(22)} ${kb.toFixed(1).padStart(7)} kB${name === '/chat/{code}' && kb > BUDGET_KB ? '  (over budget)' : ''}`);
    }

    console.log('console pages, every script loaded until the network settles (gzip)');
    for (const route of ['/api-reference']) {
      console.log(`  ${route.padEnd(22)} ${((await consolePageJs(browser, base, owner, route)) / 1024).toFixed(1).padStart(7)} kB`);
    }

    const apps = await appsFirstCard(browser, base, owner);
    const cardTimes = apps.samples.map((sample) => sample.cardMs);
    const inFirstPaint = apps.samples.filter((sample) => sample.cardMs <= sample.firstPaintMs).length;
    console.log(
      `first visible app card on /apps: median ${median(cardTimes).toFixed(0)} ms, best ${Math.min(...cardTimes).toFixed(0)} ms, worst ${Math.max(...cardTimes).toFixed(0)} ms; ` +
        `first contentful paint median ${median(apps.samples.map((sample) => sample.firstPaintMs)).toFixed(0)} ms; ` +
        `cards in the server's HTML: ${apps.inServerHtml ? 'yes' : 'no'}; in the first paint in ${inFirstPaint} of ${RUNS} visits (target: all)`,
    );

    // Each run is a new browser context (no cache, no stored passport), as a first visit is.
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // A string, not a function: the TypeScript loader would wrap a function in helpers the page lacks.
      await page.addInitScript(COMPOSER_WATCH);
      await page.goto(`${base}/chat/${codes.chat}`);
      await page.waitForSelector('[data-testid="webapp-composer-input"]');
      samples.push(await page.evaluate(() => (window as unknown as { __composerAt: number }).__composerAt));
      await context.close();
    }
    console.log(`interactive composer on /chat/{code}: median ${median(samples).toFixed(0)} ms, best ${Math.min(...samples).toFixed(0)} ms, worst ${Math.max(...samples).toFixed(0)} ms (${RUNS} first visits; target 1000 ms)`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await models.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
