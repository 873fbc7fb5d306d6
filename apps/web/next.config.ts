import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

process.env.NEXT_TELEMETRY_DISABLED = '1';

const repoRoot = path.resolve(process.cwd(), process.cwd().endsWith(path.join('apps', 'web')) ? '../..' : '.');

/** Every workspace package ships TypeScript source, so Next compiles all of them. */
function workspacePackageNames(): string[] {
  const dir = path.join(repoRoot, 'packages');
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, entry.name, 'package.json'), 'utf8')) as { name?: string };
      if (manifest.name) names.push(manifest.name);
    } catch {
      // a folder without a manifest is not a package
    }
  }
  return names;
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'inngest'],
  transpilePackages: workspacePackageNames(),
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
};

// Catalogues are JSON per area (messages/<area>/<locale>.json); precompiling them at build time lets the
// browser bundles leave out the ICU parser, which keeps the published web app's pages small.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['en-US', 'zh-Hans'], precompile: true } },
});

export default withNextIntl(nextConfig);
