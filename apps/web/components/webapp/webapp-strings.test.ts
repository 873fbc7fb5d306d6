import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The web app's provider carries only the `webapp` messages (see lib/webapp/webapp-i18n.tsx): a module
// the web app loads that reads another namespace would show message keys in a visitor's browser.
const root = path.resolve(__dirname, '../..');

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(root, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports, re-exports and import() calls alike.
    for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1]!);
      if (target && !target.endsWith('.test.ts')) queue.push(target);
    }
  }
  return seen;
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /^(page|layout)\.tsx$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the web app ships only its own strings', () => {
  const files = [...reachable(pages(path.join(root, 'app/(webapp)')))].filter((file) => !file.includes(`${path.sep}lib${path.sep}i18n${path.sep}`));

  it('reaches the web app pages, their components and the lazily loaded ones', () => {
    const names = files.map((file) => path.relative(root, file));
    expect(names).toContain('components/webapp/chat-app.tsx');
    expect(names).toContain('components/webapp/delete-conversation-dialog.tsx');
  });

  it('reads nothing but the webapp namespace, and loads no module written for the console catalogues', () => {
    const offenders = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const problems: string[] = [];
      if (/useTranslations\((?!'webapp['.])/.test(source)) problems.push('useTranslations() outside the webapp namespace');
      if (/getTranslations\((?!'webapp['.])/.test(source)) problems.push('getTranslations() outside the webapp namespace');
      if (/\bt\('(common|errors|validation|studio|nav|roles|statuses)\./.test(source)) problems.push('a console namespace');
      if (/\berrorMessage\(/.test(source)) problems.push('the console error translator');
      return problems.map((problem) => `${path.relative(root, file)}: ${problem}`);
    });
    expect(offenders).toEqual([]);
  });
});
