#!/usr/bin/env node
// A fresh clone has nothing beside it: no code, test or script may read the folder next to the
// checkout (where a developer's machine may keep reference material). Fails listing the lines that do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|sh|json)$/;
const OUTSIDE = [/\.\.\/shared\b/, /['"]\.\.['"],\s*['"]shared['"]/];
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => CODE.test(f) && f !== 'package-lock.json' && f !== 'scripts/check-checkout-boundary.mjs');
const hits = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  text.split('\n').forEach((line, index) => {
    if (OUTSIDE.some((pattern) => pattern.test(line))) hits.push(`${file}:${index + 1}: ${line.trim()}`);
  });
}
if (hits.length > 0) {
  console.error(`These lines read outside the checkout, which a fresh clone does not have:\n${hits.join('\n')}`);
  process.exit(1);
}
console.log(`checkout boundary: ${files.length} files checked, none reads outside the checkout`);
