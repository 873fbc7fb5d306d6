type Json = Record<string, unknown>;

export interface SurfaceDocument {
  /** Qualifies names that would clash in the merged document, e.g. `console`. */
  name: string;
  prefix: string;
  document: Json;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * One document for every surface: paths carry their full prefix, operationIds their surface's
 * name, and a component that two surfaces define differently (the console's and the Service
 * API's `Authorization` scheme) is qualified by surface wherever it is defined or used, instead
 * of one silently replacing the other.
 */
export function mergeSurfaceDocuments(surfaces: SurfaceDocument[], info: Json, baseUrl: string): Json {
  const clashes = clashingComponents(surfaces);
  const paths: Json = {};
  const components: Record<string, Json> = {};
  for (const { name, prefix, document } of surfaces) {
    const renames = new Map([...clashes].map((key) => [key, `${name}.${key.split('/')[1]}`]));
    const copy = renameComponents(structuredClone(document), renames);
    for (const [path, item] of Object.entries((copy.paths as Record<string, Json> | undefined) ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (METHODS.has(method) && isObject(operation) && typeof operation.operationId === 'string') operation.operationId = `${name}-${operation.operationId}`;
      }
      paths[`${prefix}${path}`] = item;
    }
    for (const [kind, entries] of Object.entries((copy.components as Record<string, Json> | undefined) ?? {})) {
      Object.assign((components[kind] ??= {}), entries);
    }
  }
  return { openapi: '3.1.0', info, servers: [{ url: baseUrl }], paths, components };
}

/** `kind/name` of every component defined differently by two surfaces. */
function clashingComponents(surfaces: SurfaceDocument[]): Set<string> {
  const definitions = new Map<string, string>();
  const clashes = new Set<string>();
  for (const { document } of surfaces) {
    for (const [kind, entries] of Object.entries((document.components as Record<string, Json> | undefined) ?? {})) {
      for (const [name, definition] of Object.entries(entries)) {
        const key = `${kind}/${name}`;
        const text = JSON.stringify(definition);
        if (definitions.has(key) && definitions.get(key) !== text) clashes.add(key);
        definitions.set(key, text);
      }
    }
  }
  return clashes;
}

/** Renames components (`kind/name` → new name) in their definitions, `$ref`s and security requirements. */
function renameComponents(document: Json, renames: Map<string, string>): Json {
  if (renames.size === 0) return document;
  for (const [kind, entries] of Object.entries((document.components as Record<string, Json> | undefined) ?? {})) {
    for (const name of Object.keys(entries)) {
      const renamed = renames.get(`${kind}/${name}`);
      if (!renamed) continue;
      entries[renamed] = entries[name];
      delete entries[name];
    }
  }
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      if (key === 'security') node.forEach((requirement) => isObject(requirement) && renameKeys(requirement, 'securitySchemes', renames));
      node.forEach((child) => visit(child));
      return;
    }
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      const match = /^#\/components\/([^/]+)\/(.+)$/.exec(node.$ref);
      const renamed = match && renames.get(`${match[1]}/${decodeURIComponent(match[2] ?? '')}`);
      if (match && renamed) node.$ref = `#/components/${match[1]}/${renamed}`;
    }
    for (const [childKey, child] of Object.entries(node)) if (childKey !== 'example' && childKey !== 'examples') visit(child, childKey);
  };
  visit(document);
  return document;
}

function renameKeys(requirement: Json, kind: string, renames: Map<string, string>): void {
  for (const name of Object.keys(requirement)) {
    const renamed = renames.get(`${kind}/${name}`);
    if (!renamed) continue;
    requirement[renamed] = requirement[name];
    delete requirement[name];
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
