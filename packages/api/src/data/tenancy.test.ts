import { describe, expect, it } from 'vitest';
import { importedNames, isTestFile, sourceFiles } from '../testing/source-files';
import { PENDING_STORES } from './pending-stores';
import { tenantTableNames } from './tenant-tables';

// Tenancy by construction (ARCHITECTURE.md): tenant tables are queried only inside data/, through
// stores built from (db, workspaceId) or the few explained look-ups in data/unscoped.ts. Anything
// else that imports a tenant table is an unscoped query waiting to happen, so this test names it.

const tenantTables = tenantTableNames();

/** Files outside data/ (tests and test seeds aside) and the tenant tables each imports. */
function tenantImportsOutsideData(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    if (file.path.startsWith('data/') || isTestFile(file.path)) continue;
    const names = importedNames(file.text, '@tessera/db').filter((name) => tenantTables.has(name));
    if (names.length > 0) found.set(file.path, names);
  }
  return found;
}

describe('tenancy', () => {
  it('reads the tenant tables from the schema: every table with a workspace id, and their children', () => {
    for (const name of ['workspaces', 'apps', 'sites', 'apiTokens', 'tags', 'tagBindings', 'messageAgentThoughts', 'streamEvents']) {
      expect(tenantTables, name).toContain(name);
    }
    for (const name of ['accounts', 'sessions', 'setupState', 'rateLimitCounters']) expect(tenantTables, name).not.toContain(name);
  });

  it('imports tenant tables only inside data/, through workspace-scoped stores', () => {
    const offenders = [...tenantImportsOutsideData()]
      .filter(([path]) => !PENDING_STORES.has(path))
      .map(([path, names]) => `${path} imports ${names.join(', ')} from @tessera/db`);
    expect(offenders, `query these through a store in data/ instead:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('lists as pending only files that still import tenant tables, so the list only shrinks', () => {
    const imports = tenantImportsOutsideData();
    const stale = [...PENDING_STORES].filter((path) => !imports.has(path));
    expect(stale, `remove from data/pending-stores.ts: ${stale.join(', ')}`).toEqual([]);
  });
});
