import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from './client';
import { resolveMigrationsFolder, runMigrations } from './migrations';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the server named by TEST_DATABASE_URL (dropped again on close). Both run the real migrations.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createServerTestDatabase(serverUrl) : createPgliteTestDatabase();
}

/**
 * PGlite's initdb costs ~3 s per database. The first test file migrates a new database and dumps
 * it as a template keyed by the migrations' content; later files load the dump (~0.5 s). A change
 * to any migration makes a new key, so every run still proves the current migrations.
 */
async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  const folder = resolveMigrationsFolder();
  const template = path.join(tmpdir(), `tessera-pglite-template-${migrationsKey(folder)}.tar`);
  if (existsSync(template)) {
    try {
      return await createDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) });
    } catch {
      rmSync(template, { force: true }); // unreadable (e.g. a PGlite upgrade): build it again below
    }
  }
  const handle = await createDatabase({ dataDir: 'memory://' });
  await runMigrations(handle, folder);
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
  // Written aside and renamed, so a parallel test file never reads half a template.
  const partial = `${template}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, dump);
  renameSync(partial, template);
  return handle;
}

function migrationsKey(folder: string): string {
  const hash = createHash('sha256');
  // A PGlite upgrade may change the dump format.
  hash.update(readFileSync(createRequire(import.meta.url).resolve('@electric-sql/pglite')));
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(readFileSync(path.join(folder, file)));
  }
  hash.update(readFileSync(path.join(folder, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

async function createServerTestDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `tessera_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString(), maxConnections: 4 });
  await runMigrations(handle);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
