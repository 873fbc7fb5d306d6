import { asArray, asNumber, asRecord, asString, isRecord, type JsonRecord } from './json-access';

const MAX_DEPTH = 12;

const STRING_FORMATS: Record<string, string> = {
  email: 'user@example.com',
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
};

/**
 * A value that satisfies a JSON Schema (or the OpenAPI subset Gemini receives), built the same way every time:
 * strings "example", numbers 1, booleans true, arrays of one item; objects carry their required properties, or
 * all of them when none is marked required.
 */
export function exampleFromSchema(schema: unknown): unknown {
  return build(schema, asRecord(schema), 0);
}

function build(schema: unknown, root: JsonRecord, depth: number): unknown {
  if (!isRecord(schema) || depth > MAX_DEPTH) return schema === false ? null : 'example';
  const resolved = resolveRef(schema, root);
  if ('const' in resolved) return resolved.const;
  const enumValues = asArray(resolved.enum);
  if (enumValues.length > 0) return enumValues[0];
  const variants = asArray(resolved.anyOf ?? resolved.oneOf);
  if (variants.length > 0) {
    const chosen = variants.find((variant) => typeOf(resolveRef(asRecord(variant), root)) !== 'null') ?? variants[0];
    return build(chosen, root, depth + 1);
  }
  const parts = asArray(resolved.allOf);
  if (parts.length > 0) return mergeAll(parts.map((part) => build(part, root, depth + 1)));
  switch (typeOf(resolved)) {
    case 'object':
      return buildObject(resolved, root, depth);
    case 'array':
      return buildArray(resolved, root, depth);
    case 'string':
      return buildString(resolved);
    case 'integer':
      return clamp(resolved, 1, true);
    case 'number':
      return clamp(resolved, 1, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return 'example';
  }
}

function typeOf(schema: JsonRecord): string | undefined {
  const declared = Array.isArray(schema.type)
    ? (schema.type.find((type) => String(type).toLowerCase() !== 'null') ?? schema.type[0])
    : schema.type;
  if (typeof declared === 'string') return declared.toLowerCase();
  if (isRecord(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

function resolveRef(schema: JsonRecord, root: JsonRecord): JsonRecord {
  const ref = asString(schema.$ref);
  if (!ref?.startsWith('#')) return schema;
  let target: unknown = root;
  for (const segment of ref.slice(1).split('/').filter(Boolean)) {
    target = asRecord(target)[decodeURIComponent(segment.replace(/~1/g, '/').replace(/~0/g, '~'))];
  }
  return isRecord(target) ? { ...target, ...withoutRef(schema) } : {};
}

function withoutRef(schema: JsonRecord): JsonRecord {
  const rest = { ...schema };
  delete rest.$ref;
  return rest;
}

function buildObject(schema: JsonRecord, root: JsonRecord, depth: number): JsonRecord {
  const properties = asRecord(schema.properties);
  const required = asArray(schema.required).filter((name): name is string => typeof name === 'string');
  const names = required.length > 0 ? required : Object.keys(properties);
  const result: JsonRecord = {};
  for (const name of names) result[name] = build(properties[name] ?? {}, root, depth + 1);
  return result;
}

function buildArray(schema: JsonRecord, root: JsonRecord, depth: number): unknown[] {
  const count = Math.max(1, asNumber(schema.minItems) ?? 1);
  const prefix = asArray(schema.prefixItems);
  return Array.from({ length: Math.max(count, prefix.length) }, (_, index) =>
    build(prefix[index] ?? schema.items ?? {}, root, depth + 1),
  );
}

function buildString(schema: JsonRecord): string {
  const base = STRING_FORMATS[asString(schema.format) ?? ''] ?? 'example';
  const minLength = asNumber(schema.minLength) ?? 0;
  const maxLength = asNumber(schema.maxLength);
  const padded = base.length < minLength ? base + 'x'.repeat(minLength - base.length) : base;
  return maxLength !== undefined && padded.length > maxLength ? padded.slice(0, maxLength) : padded;
}

function clamp(schema: JsonRecord, preferred: number, integer: boolean): number {
  let value = preferred;
  const minimum = asNumber(schema.minimum) ?? asNumber(schema.exclusiveMinimum);
  const maximum = asNumber(schema.maximum) ?? asNumber(schema.exclusiveMaximum);
  if (minimum !== undefined && value < minimum) value = minimum + (schema.exclusiveMinimum === minimum ? 1 : 0);
  if (maximum !== undefined && value > maximum) value = maximum - (schema.exclusiveMaximum === maximum ? 1 : 0);
  return integer ? Math.round(value) : value;
}

function mergeAll(values: unknown[]): unknown {
  if (values.every(isRecord)) return Object.assign({}, ...values);
  return values[0];
}
