import { createDatabase } from '../client';
import { runMigrations } from '../migrations';
import { resolveDataDir } from '../data-dir';

const handle = await createDatabase({ url: process.env.DATABASE_URL, dataDir: resolveDataDir() });
await runMigrations(handle);
await handle.close();
console.log(`migrations applied (${handle.driver})`);
