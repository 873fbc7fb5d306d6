import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { connectPostgres, type DatabaseHandle, queryRows } from './client';

/**
 * Finds the `drizzle/` folder: `MIGRATIONS_DIR` when set, else the nearest one above the working
 * directory (Next runs in apps/web, tests in packages/*, scripts at the root).
 */
export function resolveMigrationsFolder(): string {
  const fromEnv = process.env.MIGRATIONS_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(dir, 'drizzle');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the drizzle/ migrations folder; set MIGRATIONS_DIR.');
    dir = parent;
  }
}

function journalEntries(folder: string): number {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

// An arbitrary constant: instances starting together on one server take turns migrating.
const MIGRATION_LOCK_ID = 72_011_540;

export async function runMigrations(handle: DatabaseHandle, folder = resolveMigrationsFolder()): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: folder });
    return;
  }
  if (!handle.url) throw new Error('A postgres handle needs its url to migrate.');
  // Session-level advisory locks need one connection for lock, migrate and unlock.
  const db = connectPostgres(handle.url, 1);
  try {
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    await migratePostgres(db as never, { migrationsFolder: folder });
    await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
  } finally {
    await db.$client.end({ timeout: 5 });
  }
}

export interface MigrationStatus {
  applied: number;
  expected: number;
  current: boolean;
}

export async function migrationStatus(handle: DatabaseHandle, folder = resolveMigrationsFolder()): Promise<MigrationStatus> {
  const expected = journalEntries(folder);
  let applied = 0;
  try {
    const rows = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = Number(rows[0]?.n ?? 0);
  } catch {
    applied = 0;
  }
  return { applied, expected, current: applied >= expected };
}
