import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';

process.env.NEXT_TELEMETRY_DISABLED = '1';

const repoRoot = path.resolve(process.cwd(), process.cwd().endsWith(path.join('apps', 'web')) ? '../..' : '.');

/**
 * Every workspace package ships TypeScript source, so Next compiles all of them.
 * @returns {string[]}
 */
function workspacePackageNames() {
  const dir = path.join(repoRoot, 'packages');
  const names = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, entry.name, 'package.json'), 'utf8'));
      if (manifest.name) names.push(manifest.name);
    } catch {
      // a folder without a manifest is not a package
    }
  }
  return names;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'inngest'],
  transpilePackages: workspacePackageNames(),
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  experimental: { preloadEntriesOnStart: false },
};

// Catalogues are JSON per area (messages/<area>/<locale>.json); precompiling them at build time lets the
// browser bundles leave out the ICU parser, which keeps the published web app's pages small.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['en-US', 'zh-Hans'], precompile: true } },
});

export default withNextIntl(nextConfig);
