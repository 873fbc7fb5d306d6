import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle, queryRows } from './client';
import { migrationStatus, resolveMigrationsFolder, runMigrations } from './migrations';
import { prepareNewDataFolder } from './new-data-folder';

// The embedded engine's own folder, whichever engine the other tests run on.
describe('a new embedded data folder', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tessera-new-folder-'));
  const dataDir = path.join(root, 'pgdata');
  let handle: DatabaseHandle | undefined;
  afterAll(async () => {
    await handle?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is created and migrated by a child process, and opens ready for use', async () => {
    await prepareNewDataFolder(dataDir, resolveMigrationsFolder());
    expect(readdirSync(dataDir)).toContain('PG_VERSION');

    handle = await createDatabase({ dataDir });
    const status = await migrationStatus(handle);
    expect(status).toMatchObject({ applied: status.expected, current: true });
    const before = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await runMigrations(handle);
    const after = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after[0]?.n).toBe(before[0]?.n);

    const extensions = await queryRows<{ extname: string }>(handle.db, sql`select extname from pg_extension`);
    expect(extensions.map((row) => row.extname)).toEqual(expect.arrayContaining(['pg_trgm', 'vector']));
  }, 180_000);

  it('leaves an existing folder alone', async () => {
    // The folder is open above: a second opener would corrupt it, so this must return without one.
    await prepareNewDataFolder(dataDir, resolveMigrationsFolder());
    const rows = await queryRows<{ n: number }>(handle!.db, sql`select 1 as n`);
    expect(rows[0]?.n).toBe(1);
  });

  it('reports a failed creation with the reason the child gave', async () => {
    // A folder below a plain file cannot be created.
    writeFileSync(path.join(root, 'plain-file'), '');
    await expect(prepareNewDataFolder(path.join(root, 'plain-file', 'pgdata'), resolveMigrationsFolder())).rejects.toThrow(
      /Creating the database in .*plain-file.pgdata failed: .*ENOTDIR/s,
    );
  }, 180_000);
});
