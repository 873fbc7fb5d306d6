import { describe, expect, it } from 'vitest';
import { isTestFile, sourceFiles } from './testing/source-files';

// Services take (deps, actor, input) and know nothing of HTTP (ARCHITECTURE.md); these checks keep
// that true by test rather than by memory, and name the offending files when they fail.

const imports = (text: string) => [...text.matchAll(/from\s+'([^']+)'/g)].map((match) => match[1]!);

/** Modules a service must never reach: the request context, the HTTP layer, the routers and tRPC. */
const HTTP_LAYER = /(^|\/)(context|trpc|http\/.*|routers\/.*|surfaces\/.*|server\/.*)$|^@trpc\/|^hono/;

/**
 * Services fetch remote files themselves (through @tessera/net-guard), so the fetch API's
 * `Response` and `Headers` are their own I/O there; nowhere else does a service handle them.
 */
const OUTBOUND_FETCH_FOLDERS = ['services/app-files/'];

const services = () => sourceFiles().filter((file) => file.path.startsWith('services/') && !isTestFile(file.path));

describe('layering', () => {
  it('keeps services away from the request context, the HTTP layer and the routers', () => {
    const offenders = services().flatMap((file) =>
      imports(file.text)
        .filter((specifier) => HTTP_LAYER.test(specifier))
        .map((specifier) => `${file.path} imports ${specifier}`),
    );
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('keeps HTTP request and response types out of services', () => {
    const offenders = services().flatMap((file) => {
      const banned = OUTBOUND_FETCH_FOLDERS.some((folder) => file.path.startsWith(folder))
        ? ['Request', 'RequestInfo', 'ResponseControl']
        : ['Request', 'Response', 'Headers', 'RequestInfo', 'ResponseControl'];
      // Strip comments and strings so prose ("the Request body") does not count as a use.
      const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`/g, "''");
      return banned.filter((name) => new RegExp(`\\b${name}\\b`).test(code)).map((name) => `${file.path} uses ${name}`);
    });
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('builds deps without importing any service, so services may import deps without a cycle', () => {
    const deps = sourceFiles().find((file) => file.path === 'deps.ts')!;
    const offenders = imports(deps.text).filter((specifier) => specifier.includes('/services/'));
    expect(offenders, `deps.ts imports ${offenders.join(', ')}`).toEqual([]);
  });

  it('keeps callers.ts a leaf: it imports nothing of the API', () => {
    const callers = sourceFiles().find((file) => file.path === 'callers.ts')!;
    expect(imports(callers.text).filter((specifier) => specifier.startsWith('.'))).toEqual([]);
  });
});
