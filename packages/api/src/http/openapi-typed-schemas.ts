/**
 * zod 4 writes JSON Schema that OpenAPI 3.1 allows but that the console's reference page (Scalar)
 * and many client generators read badly: `anyOf: [X, {type: 'null'}]` for a nullable X, `{}` for
 * an unknown value, unions that state no type, and a `$schema` inside embedded schemas. Scalar
 * accepts a schema only when it states a type (or is a `$ref`); its loader patches the others up
 * only when it meets them before meeting a `$ref` to them, so some components fail and some do
 * not. Every schema is rewritten here to state its type, accepting exactly what it accepted.
 */

type Schema = Record<string, unknown>;

/** Every JSON value; `integer` is a kind of `number`. */
const ANY_TYPES = ['string', 'number', 'boolean', 'object', 'array', 'null'];
const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', 'example', 'deprecated', 'readOnly', 'writeOnly', '$comment']);
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs'];
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const SCHEMA_SINGLES = ['not', 'contains', 'if', 'then', 'else', 'contentSchema', 'propertyNames', 'unevaluatedItems'];
const COMPONENT_REF = '#/components/schemas/';

/** Rewrites, in place, every schema of a freshly generated document. */
export function typeDocumentSchemas(document: Schema): void {
  const components = (isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {}) as Record<string, unknown>;
  const resolve = (ref: string): unknown => (ref.startsWith(COMPONENT_REF) ? components[decodeURIComponent(ref.slice(COMPONENT_REF.length))] : undefined);
  const rewrite = (schema: unknown): unknown => typedSchema(schema, resolve);
  for (const name of Object.keys(components)) components[name] = rewrite(components[name]);
  rewriteSchemasUnder(document.paths, rewrite);
  for (const [kind, entries] of Object.entries(isObject(document.components) ? document.components : {})) {
    if (kind !== 'schemas') rewriteSchemasUnder(entries, rewrite);
  }
}

/** Parameters, headers and media types hold their schema under `schema`. */
function rewriteSchemasUnder(node: unknown, rewrite: (schema: unknown) => unknown): void {
  if (Array.isArray(node)) node.forEach((child) => rewriteSchemasUnder(child, rewrite));
  if (!isObject(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'schema' && isObject(child)) node[key] = rewrite(child);
    else if (key !== 'example' && key !== 'examples') rewriteSchemasUnder(child, rewrite);
  }
}

type Resolve = (ref: string) => unknown;

export function typedSchema(schema: unknown, resolve: Resolve): unknown {
  if (!isObject(schema)) return schema;
  const out: Schema = { ...schema };
  // The document's dialect (OpenAPI 3.1's) applies; a 2020-12 `$schema` would switch it off.
  delete out.$schema;
  for (const key of SCHEMA_MAPS) {
    if (isObject(out[key])) out[key] = Object.fromEntries(Object.entries(out[key]).map(([name, child]) => [name, typedSchema(child, resolve)]));
  }
  for (const key of SCHEMA_LISTS) {
    if (Array.isArray(out[key])) out[key] = out[key].map((child) => typedSchema(child, resolve));
  }
  for (const key of SCHEMA_SINGLES) {
    if (key in out) out[key] = typedSchema(out[key], resolve);
  }
  for (const key of ['additionalProperties', 'unevaluatedProperties']) {
    if (key in out) out[key] = acceptsAnything(out[key]) ? true : typedSchema(out[key], resolve);
  }
  if ('items' in out) {
    if (acceptsAnything(out.items)) delete out.items;
    else out.items = typedSchema(out.items, resolve);
  }
  if (out.type !== undefined || out.$ref !== undefined) return out;
  const nullable = collapseNullable(out);
  if (nullable) return nullable;
  const types = typesOf(out, resolve, new Set());
  if (types) out.type = types.length === 1 ? types[0] : types;
  return out;
}

/** `anyOf: [X, {type: 'null'}]` with an inline, typed X becomes X with `null` among its types. */
function collapseNullable(schema: Schema): Schema | undefined {
  const { anyOf, ...rest } = schema;
  if (!Array.isArray(anyOf) || Object.keys(rest).some((key) => !ANNOTATIONS.has(key))) return undefined;
  const others = anyOf.filter((branch) => !isNullSchema(branch));
  if (anyOf.length - others.length !== 1 || others.length !== 1) return undefined;
  const [other] = others;
  if (!isObject(other) || other.type === undefined || other.$ref !== undefined) return undefined;
  if (['anyOf', 'oneOf', 'allOf', 'not', 'if'].some((key) => key in other)) return undefined;
  const merged: Schema = { ...other, ...rest, type: withNull(other.type) };
  if (Array.isArray(other.enum) && !other.enum.includes(null)) merged.enum = [...other.enum, null];
  if ('const' in other) {
    delete merged.const;
    merged.enum = [other.const, null];
  }
  return merged;
}

/** The JSON types a schema admits, when they follow from it alone; undefined when they do not. */
function typesOf(schema: unknown, resolve: Resolve, seen: Set<string>): string[] | undefined {
  if (schema === true) return ANY_TYPES;
  if (!isObject(schema)) return undefined;
  if (schema.type !== undefined) return Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return undefined;
    return typesOf(resolve(schema.$ref), resolve, new Set([...seen, schema.$ref]));
  }
  if (Array.isArray(schema.enum)) return unique(schema.enum.map(jsonType));
  if ('const' in schema) return [jsonType(schema.const)];
  const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches)) {
    const each = branches.map((branch) => typesOf(branch, resolve, seen));
    return each.every((types) => types !== undefined) ? unique(each.flat() as string[]) : undefined;
  }
  if (Array.isArray(schema.allOf)) {
    const known = schema.allOf.map((branch) => typesOf(branch, resolve, seen)).filter((types) => types !== undefined);
    if (known.length === 0) return undefined;
    return known.reduce((common, types) => common.filter((type) => types.includes(type) || (type === 'integer' && types.includes('number'))));
  }
  return acceptsAnything(schema) ? ANY_TYPES : undefined;
}

/** `{}` and schemas holding nothing but annotations accept every value. */
function acceptsAnything(schema: unknown): boolean {
  return schema === true || (isObject(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key)));
}

function isNullSchema(schema: unknown): boolean {
  return isObject(schema) && schema.type === 'null' && Object.keys(schema).every((key) => key === 'type' || ANNOTATIONS.has(key));
}

function withNull(type: unknown): string[] {
  const types = Array.isArray(type) ? (type as string[]) : [type as string];
  return types.includes('null') ? types : [...types, 'null'];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
