import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { E2E_INNER_API_KEY } from './tests/support/inner-api';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Each locale project gets its own server on a fresh data folder, because setup can run only once
 * per database. Workers load this file again: the main process picks ports and folders once and
 * hands them down through the environment.
 */
const PROJECTS = [
  { name: 'en-US', testMatch: /console-en\.spec\.ts/ },
  { name: 'zh-Hans', testMatch: /console-zh\.spec\.ts/ },
  // Dify clients over plain HTTP against the production server: every mount, headers, cookies.
  { name: 'http-api', testMatch: /http-api\.spec\.ts/ },
  // The console's model-provider page against the test model server this test process starts.
  { name: 'model-providers', testMatch: /model-providers\.spec\.ts/ },
  // Dify's Node SDK and the Vercel AI SDK's Dify provider against /v1, unchanged.
  { name: 'dify-sdks', testMatch: /dify-sdks\.spec\.ts/ },
  // Uploaded files opened in a signed-in browser, with a canary server this test process starts.
  { name: 'uploaded-files', testMatch: /uploaded-files\.spec\.ts/ },
  // The published web app (chat, completion, embed, private sign-in) against its own test model servers.
  { name: 'webapp', testMatch: /webapp-.*\.spec\.ts/ },
  // The app studio against the test model server this test process starts.
  { name: 'studio', testMatch: /studio-.*\.spec\.ts/ },
  // The console's Knowledge section end to end: upload, chunk preview, indexing, chunks, retrieval testing, then a
  // published chat app answering from the knowledge base with a citation, against its own test model server.
  { name: 'knowledge', testMatch: /[\\/]knowledge\.spec\.ts$/ },
  // Manual and automatic metadata filtering of a chat app's knowledge, from the retrieval settings to the citations.
  { name: 'knowledge-metadata', testMatch: /knowledge-metadata\.spec\.ts/ },
  // Website crawl for knowledge bases, against a small site this test process serves on loopback,
  // which the server's SSRF guard is told to allow (that site's port only).
  { name: 'website-crawl', testMatch: /website-crawl\.spec\.ts/ },
] as const;

/**
 * E2E_ONLY=webapp,http-api (or E2E_PROJECTS=…) starts only those projects' servers (each holds a database and Next.js
 * in memory), for running a few specs on a small machine; unset, every project runs.
 */
const only = (process.env.E2E_ONLY ?? process.env.E2E_PROJECTS)?.split(',').map((name) => name.trim()).filter(Boolean);
const ACTIVE = only?.length ? PROJECTS.filter((project) => only.includes(project.name)) : [...PROJECTS];

/** Flows that need the owner the English project set up; they run on its server, after it. */
const FOLLOW_UPS = [{ name: 'en-US-auth', server: 'en-US', testMatch: /auth-flows\.spec\.ts/, dependencies: ['en-US'] }].filter((project) =>
  ACTIVE.some((active) => active.name === project.server),
);
const serverIndex = (name: string) => ACTIVE.findIndex((project) => project.name === name);

if (!process.env.E2E_PORTS) {
  const ports = await Promise.all(ACTIVE.map(() => freePort()));
  process.env.E2E_CRAWL_SITE_PORT = String(await freePort());
  const dataRoot = mkdtempSync(path.join(tmpdir(), 'tessera-e2e-'));
  process.env.E2E_PORTS = ports.join(',');
  process.env.E2E_DATA_ROOT = dataRoot;
  // The servers use the embedded database in their temporary folders, never a configured server.
  delete process.env.DATABASE_URL;
  if (!process.env.E2E_KEEP_DATA) process.on('exit', () => rmSync(dataRoot, { recursive: true, force: true }));
}

const ports = process.env.E2E_PORTS.split(',').map(Number);
const dataRoot = process.env.E2E_DATA_ROOT as string;
const baseUrl = (index: number) => `http://127.0.0.1:${ports[index]}`;

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['list'],
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
    // The full test run adds up every JSON report it finds here.
    ...(process.env.TEST_REPORT_DIR
      ? [['json', { outputFile: path.join(process.env.TEST_REPORT_DIR, 'playwright-e2e.json') }] as const]
      : []),
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    ...ACTIVE.map((project, index) => ({
      name: project.name,
      testMatch: project.testMatch,
      use: { baseURL: baseUrl(index), locale: 'en-US' },
    })),
    ...FOLLOW_UPS.map((project) => ({
      name: project.name,
      testMatch: project.testMatch,
      dependencies: project.dependencies,
      use: { baseURL: baseUrl(serverIndex(project.server)), locale: 'en-US' },
    })),
  ],
  webServer: ACTIVE.map((project, index) => ({
    command: 'npm run start -w @tessera/web',
    cwd: repoRoot,
    url: `${baseUrl(index)}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: process.env.E2E_SERVER_LOGS ? ('pipe' as const) : ('ignore' as const),
    stderr: 'pipe' as const,
    env: {
      PORT: String(ports[index]),
      DATA_DIR: path.join(dataRoot, project.name),
      CONSOLE_API_URL: baseUrl(index),
      INNER_API_KEY: E2E_INNER_API_KEY,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...(project.name === 'website-crawl' ? { SSRF_ALLOWED_HOSTS: `127.0.0.1:${process.env.E2E_CRAWL_SITE_PORT}` } : {}),
    },
  })),
});
