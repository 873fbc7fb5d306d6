import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Creating an embedded database (initdb, then every migration on an empty schema) leaves ~60 MB that
 * the server would keep for its whole life: malloc's main heap stays fragmented after initdb's
 * WebAssembly instance, its buffers and the compilations they caused are freed. Measured on PGlite
 * alone: 299–303 MB RSS after creating and migrating a folder in one process, 252 MB opening the
 * same folder afresh. So a new folder is created and migrated by a short-lived child process, and
 * the server opens a ready folder; it costs one extra Node start, once per data folder.
 *
 * The child loads the same extensions and the same drizzle migrator the server uses, so the
 * server's own `runMigrations` afterwards finds nothing left to apply.
 */
const CHILD_SCRIPT = `
const [pglite, vectorExt, trgmExt, drizzlePglite, migrator, dataDir, migrationsFolder] = process.argv.slice(1);
const { PGlite } = require(pglite);
const { vector } = require(vectorExt);
const { pg_trgm } = require(trgmExt);
const { drizzle } = require(drizzlePglite);
const { migrate } = require(migrator);
(async () => {
  const client = new PGlite(dataDir, { extensions: { vector, pg_trgm } });
  await client.waitReady;
  await migrate(drizzle(client), { migrationsFolder });
  await client.close();
})().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});`;

export async function prepareNewDataFolder(dataDir: string, migrationsFolder: string): Promise<void> {
  if (dataDir.includes('://') || existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const resolve = createRequire(import.meta.url).resolve;
  const modules = [
    '@electric-sql/pglite',
    '@electric-sql/pglite/vector',
    '@electric-sql/pglite/contrib/pg_trgm',
    'drizzle-orm/pglite',
    'drizzle-orm/pglite/migrator',
  ].map((specifier) => resolve(specifier));
  await new Promise<void>((done, fail) => {
    const args = ['-e', CHILD_SCRIPT, ...modules, dataDir, migrationsFolder];
    execFile(process.execPath, args, { env: process.env, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) fail(new Error(`Creating the database in ${dataDir} failed: ${stderr || error.message}`));
      else done();
    });
  });
}
