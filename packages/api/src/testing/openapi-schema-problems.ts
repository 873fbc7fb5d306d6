import { createMagicProxy, getRaw } from '@scalar/json-magic/magic-proxy';
import { Value } from '@scalar/typebox/value';
import { createWorkspaceStore } from '@scalar/workspace-store/client';
import { OpenAPIDocumentSchema, SchemaObjectSchema } from '@scalar/workspace-store/schemas/v3.1/strict/openapi-document';
import { escapePointer, isObject, type Json, valueAt } from './json';
import { type DocumentProblem } from './openapi-problems';

/**
 * What the console's /api-reference page (Scalar) checks when it loads a document: its own
 * strict model of OpenAPI 3.1. It reports a failing schema only at the component; this descends
 * to the innermost schema it rejects.
 */
export async function referencePageProblems(document: Json): Promise<DocumentProblem[]> {
  const store = createWorkspaceStore();
  const { info, warn } = console;
  // The store prints its timings and its findings; the findings are returned here instead.
  console.info = console.warn = () => undefined;
  try {
    await store.addDocument({ name: 'document', document: structuredClone(document) });
  } finally {
    Object.assign(console, { info, warn });
  }
  // The store checks its loaded document with Scalar's internal fields in view; so does this.
  const stored = store.workspace.documents.document;
  if (!stored) return [{ pointer: '', message: 'reference page did not load the document' }];
  const loaded = createMagicProxy(getRaw(stored), { showInternal: true }) as unknown as Json;
  return [...Value.Errors(OpenAPIDocumentSchema, loaded)].flatMap((error) => {
    const value = valueAt(loaded, error.path);
    const rejected = isObject(value) ? rejectedSchemasWithin(value, error.path) : [];
    return rejected.length > 0 ? rejected : [{ pointer: error.path, message: `reference page: ${error.message}` }];
  });
}

/** Scalar names only the union that failed (an operation, a component): find the schemas inside it that it rejects. */
function rejectedSchemasWithin(node: Json, pointer: string): DocumentProblem[] {
  if (/^\/components\/schemas\/[^/]+$/.test(pointer)) return Value.Check(SchemaObjectSchema, node) ? [] : [innermostRejected(node, pointer)];
  const problems: DocumentProblem[] = [];
  for (const [key, child] of Object.entries(node)) {
    if (!isObject(child) || key === '$ref-value') continue;
    const childPointer = `${pointer}/${escapePointer(key)}`;
    if (key === 'schema') {
      if (!Value.Check(SchemaObjectSchema, child)) problems.push(innermostRejected(child, childPointer));
    } else problems.push(...rejectedSchemasWithin(child, childPointer));
  }
  return problems;
}

function innermostRejected(schema: Json, pointer: string): DocumentProblem {
  for (const [child, childPointer] of schemaChildren(schema, pointer)) {
    if (!Value.Check(SchemaObjectSchema, child)) return innermostRejected(child, childPointer);
  }
  return { pointer, message: `reference page rejects this schema: ${JSON.stringify(schema).slice(0, 200)}` };
}

function schemaChildren(schema: Json, pointer: string): Array<[Json, string]> {
  const children: Array<[Json, string]> = [];
  for (const key of ['properties', 'patternProperties', '$defs']) {
    for (const [name, child] of Object.entries((schema[key] as Json | undefined) ?? {})) {
      if (isObject(child)) children.push([child, `${pointer}/${key}/${escapePointer(name)}`]);
    }
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    ((schema[key] as unknown[] | undefined) ?? []).forEach((child, index) => {
      if (isObject(child)) children.push([child, `${pointer}/${key}/${index}`]);
    });
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'contentSchema']) {
    const child = schema[key];
    if (isObject(child)) children.push([child, `${pointer}/${key}`]);
  }
  return children;
}

/** JSON Schema 2020-12's keywords and the ones OpenAPI 3.1 adds; anything else is a leak (say, a zod object). */
const SCHEMA_KEYWORDS = new Set(
  [
    '$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs',
    'prefixItems items contains additionalProperties properties patternProperties dependentSchemas propertyNames',
    'if then else allOf anyOf oneOf not unevaluatedItems unevaluatedProperties',
    'type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern',
    'maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required dependentRequired',
    'title description default deprecated readOnly writeOnly examples format contentEncoding contentMediaType contentSchema',
    'discriminator xml externalDocs example',
  ].flatMap((line) => line.split(' ')),
);

/**
 * Tessera's rules, stricter than the specification: every schema states its type (or is a
 * `$ref`), and uses only schema keywords. Scalar's model requires a type of any schema its loader
 * does not patch up, and which ones it patches depends on the order it meets them in, so only
 * this rule keeps new schemas valid.
 */
export function schemaRuleProblems(document: Json): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const visitSchema = (schema: Json, pointer: string): void => {
    if (schema.type === undefined && schema.$ref === undefined) {
      problems.push({ pointer, message: `schema states no type: ${JSON.stringify(schema).slice(0, 200)}` });
    }
    const unknown = Object.keys(schema).filter((key) => !SCHEMA_KEYWORDS.has(key) && !key.startsWith('x-'));
    if (unknown.length > 0) problems.push({ pointer, message: `not schema keywords: ${unknown.join(', ')}` });
    for (const [child, childPointer] of schemaChildren(schema, pointer)) visitSchema(child, childPointer);
  };
  // Schemas sit under `schema` (parameters, headers, media types) and in components.schemas.
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${pointer}/${index}`));
    if (!isObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      const childPointer = `${pointer}/${escapePointer(key)}`;
      if (key === 'schema' && isObject(child)) visitSchema(child, childPointer);
      else if (key !== 'example' && key !== 'examples') visit(child, childPointer);
    }
  };
  visit(document.paths, '/paths');
  for (const [kind, entries] of Object.entries((document.components as Record<string, Json> | undefined) ?? {})) {
    if (kind !== 'schemas') visit(entries, `/components/${kind}`);
    else for (const [name, schema] of Object.entries(entries)) if (isObject(schema)) visitSchema(schema, `/components/schemas/${escapePointer(name)}`);
  }
  return problems;
}
