import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The embedded database and local files live under DATA_DIR, by default `.data` at the
 * repository root (found from the working directory, because Next runs inside apps/web).
 */
export function resolveDataDir(sub?: string): string {
  const base = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(findWorkspaceRoot(), '.data');
  const dir = sub ? path.join(base, sub) : base;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The nearest folder above the working directory whose package.json declares npm workspaces. */
export function findWorkspaceRoot(from = process.cwd()): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}
