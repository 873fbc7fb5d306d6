import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

export default nextConfig;
