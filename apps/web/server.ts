import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeOnSignals, startServer } from '@tessera/api/server';

/**
 * Tessera's own HTTP server: it owns the socket (the client's real address, streaming answers) and
 * serves the REST surfaces itself; Next.js renders the pages. Built to dist/server.mjs for
 * `npm start`; `npm run dev` runs this file directly with `--dev`.
 */
const dev = process.argv.includes('--dev');
const here = path.dirname(fileURLToPath(import.meta.url));
const appDir = existsSync(path.join(here, 'next.config.mjs')) ? here : path.dirname(here);
const port = Number(process.env.PORT || 3000);
const hostname = process.env.BIND_ADDRESS || undefined;

process.env.NEXT_TELEMETRY_DISABLED = '1';

/**
 * Start-up leaves garbage that an idle server never collects: PGlite's initdb runs in its own
 * WebAssembly instance (several hundred MB on a new data folder), and preparing Next.js reads
 * manifests and bundles. Nothing allocates while the server waits for its first request, so no
 * major collection comes to free them; one full collection here returns that memory at once.
 * `npm start` passes `--expose-gc`; without it this does nothing.
 */
function releaseStartupGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const running = await startServer({
  port,
  hostname,
  dev,
  // Next.js is imported and prepared while the API already listens, so /health does not wait for it.
  async loadPages() {
    const { default: next } = await import('next');
    const app = next({ dev, dir: appDir, port, hostname });
    await app.prepare();
    releaseStartupGarbage();
    return { handle: app.getRequestHandler(), upgrade: app.getUpgradeHandler() };
  },
});
closeOnSignals(running);
