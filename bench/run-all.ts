// Runs every benchmark in this folder in turn; each prints its own numbers.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  console.log(`\n# ${file}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { run(): Promise<void> };
  await mod.run();
}
