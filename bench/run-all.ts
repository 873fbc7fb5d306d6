// Runs every benchmark in this folder in turn (or those whose name contains the first argument,
// e.g. `npm run bench -- model-runtime`); each prints its own numbers.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(process.argv[2] ?? '')).sort()) {
  console.log(`\n# ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run(): Promise<void> };
  await mod.run();
}
