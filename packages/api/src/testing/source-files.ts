import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/api/src, found from this file so convention tests never read outside the checkout. */
export const SRC_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SourceFile {
  /** Path from packages/api/src with forward slashes, e.g. `services/apps/get-app.ts`. */
  path: string;
  text: string;
}

/** Every TypeScript file under packages/api/src, for tests that enforce a code convention. */
export function sourceFiles(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        files.push({ path: relative(SRC_ROOT, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(SRC_ROOT);
  return files;
}

/** Tests and the seeds they share (which write fixtures for any workspace they create). */
export const isTestFile = (path: string) =>
  path.endsWith('.test.ts') || path.startsWith('testing/') || /(^|\/)(test-helpers|testing)\.ts$/.test(path);

/** The named imports of one module specifier's import statements (`type` markers dropped). */
export function importedNames(text: string, fromModule: string | RegExp): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const specifier = match[2]!;
    const matches = typeof fromModule === 'string' ? specifier === fromModule : fromModule.test(specifier);
    if (!matches) continue;
    for (const raw of match[1]!.split(',')) {
      const name = raw.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]!.trim();
      if (name) names.push(name);
    }
  }
  return names;
}
