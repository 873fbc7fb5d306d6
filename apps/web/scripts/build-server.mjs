// Bundles server.ts with the workspace packages it imports (they ship TypeScript source) into
// dist/server.mjs. npm packages stay outside the bundle, but each import is pinned to the file
// that the importing package would load: workspaces may hold different versions of one package
// (a nested node_modules), and a bare specifier resolved from dist/ would pick the hoisted one.
import path from 'node:path';
import { build } from 'esbuild';

const outfile = path.resolve('dist/server.mjs');
const SKIP = Symbol('resolving');

await build({
  entryPoints: ['server.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'pinned-npm-externals',
      setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
          if (args.path.startsWith('@tessera/') || args.path.startsWith('node:') || args.pluginData === SKIP) return undefined;
          const resolved = await pluginBuild.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: SKIP });
          if (resolved.errors.length > 0 || !resolved.path || !path.isAbsolute(resolved.path)) return { path: args.path, external: true };
          const relative = path.relative(path.dirname(outfile), resolved.path).split(path.sep).join('/');
          return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
        });
      },
    },
  ],
});
