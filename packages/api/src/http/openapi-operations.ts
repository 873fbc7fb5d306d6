import { type AnyRouter } from '@trpc/server';

type Operation = { operationId?: string; responses?: Record<string, { description?: string; content?: unknown }> };
export type PathsObject = Record<string, Record<string, Operation>>;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

type ProcedureDef = {
  meta?: { openapi?: { method: string; path: string; enabled?: boolean } };
  output?: { _zod?: { def?: { type?: string } } };
};

/**
 * A procedure whose output is `z.void()` answers 204 with no body, but the generator documents a
 * 200 whose body is `{}` (any value). Document what is sent.
 */
export function documentNoContentAnswers(paths: PathsObject, router: AnyRouter): void {
  const procedures = (router._def as unknown as { procedures: Record<string, { _def: ProcedureDef }> }).procedures;
  for (const { _def: def } of Object.values(procedures)) {
    const openapi = def.meta?.openapi;
    if (!openapi || openapi.enabled === false || def.output?._zod?.def?.type !== 'void') continue;
    const operation = paths[documentPath(openapi.path)]?.[openapi.method.toLowerCase()];
    const ok = operation?.responses?.['200'];
    if (!operation?.responses || !ok) continue;
    const { 200: _ok, ...others } = operation.responses;
    operation.responses = { 204: { description: ok.description ?? 'No Content' }, ...others };
  }
}

/**
 * Plain routes are documented by hand and may leave out their operationId; generated clients and
 * the reference page need one per operation. It is made from the method and the path.
 */
export function nameUnnamedOperations(paths: PathsObject): void {
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || operation.operationId) continue;
      const words = path.split(/[/{}]+/).filter(Boolean);
      operation.operationId = [method, ...words].join('-');
    }
  }
}

/** The generator's own spelling of a path: no slash at either end, then one in front. */
function documentPath(path: string): string {
  return `/${path.replace(/^\/|\/$/g, '')}`;
}
