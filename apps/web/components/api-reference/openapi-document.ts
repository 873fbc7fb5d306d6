/** The parts of an OpenAPI 3.1 document the reference shows; anything else in it is ignored. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  additionalProperties?: boolean | SchemaObject;
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
  nullable?: boolean;
}

export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: SchemaObject;
}

interface MediaObject {
  schema?: SchemaObject;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: ParameterObject[];
  requestBody?: { description?: string; required?: boolean; content?: Record<string, MediaObject> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaObject> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string };
  servers?: { url: string }[];
  paths?: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  tag: string;
  operation: OperationObject;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** Every operation in document order, grouped by its first tag. */
export function groupOperations(document: OpenApiDocument, fallbackTag: string): { tag: string; operations: Operation[] }[] {
  const groups = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? fallbackTag;
      const entry: Operation = { id: `${method}-${path}`, method, path, tag, operation };
      groups.set(tag, [...(groups.get(tag) ?? []), entry]);
    }
  }
  return [...groups].map(([tag, operations]) => ({ tag, operations }));
}

/** Operations whose path, summary, description or operation id contain every word of the query. */
export function matchesQuery(entry: Operation, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [entry.method, entry.path, entry.operation.summary, entry.operation.description, entry.operation.operationId, entry.tag]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Follows a local `$ref` (`#/components/schemas/Name`); an unknown or foreign reference resolves to nothing. */
export function resolveSchema(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 10; hops++) {
    const match = /^#\/components\/schemas\/(.+)$/.exec(current.$ref);
    current = match ? document.components?.schemas?.[decodeURIComponent(match[1]!)] : undefined;
  }
  return current;
}

/** A short type label: `string`, `integer | null`, `array<object>`, `Name` for a named component. */
export function typeLabel(document: OpenApiDocument, schema: SchemaObject | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) return schema.$ref.split('/').pop() ?? 'object';
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return [...new Set(union.map((member) => typeLabel(document, member)))].join(' | ');
  if (schema.allOf?.length === 1) return typeLabel(document, schema.allOf[0]);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const labels = types.map((type) => (type === 'array' ? `array<${typeLabel(document, schema.items)}>` : type));
  if (labels.length === 0) return schema.properties ? 'object' : 'any';
  return labels.join(' | ');
}

/** The object behind a schema whose fields can be listed (through refs, arrays, nullable unions and single allOfs). */
export function objectFields(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  const resolved = resolveSchema(document, schema);
  if (!resolved) return undefined;
  if (resolved.properties) return resolved;
  if (resolved.items) return objectFields(document, resolved.items);
  const members = (resolved.anyOf ?? resolved.oneOf ?? resolved.allOf ?? []).filter((member) => member.type !== 'null');
  return members.length === 1 ? objectFields(document, members[0]) : undefined;
}
