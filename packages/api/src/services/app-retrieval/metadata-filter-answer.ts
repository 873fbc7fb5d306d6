import { type MetadataType } from '@tessera/db';
import { type COMPARISON_OPERATORS, type MetadataFilteringConditions } from '../datasets/retrieval-model';

export interface MetadataFieldInfo {
  name: string;
  type: MetadataType;
}

type Operator = (typeof COMPARISON_OPERATORS)[number];

/** Which operators make sense for a field's type; a model that proposes another one is ignored. */
export const OPERATORS_BY_TYPE: Record<MetadataType, readonly Operator[]> = {
  string: ['contains', 'not contains', 'start with', 'end with', 'is', 'is not', 'empty', 'not empty', 'in', 'not in'],
  number: ['=', '≠', '>', '<', '≥', '≤', 'empty', 'not empty'],
  time: ['before', 'after', 'empty', 'not empty'],
};

/** The JSON object in a model's answer: the whole text, a fenced block, or the outermost braces. */
function jsonObjectIn(text: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text)?.[1];
  const candidates = [text, fenced, text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next shape
    }
  }
  return undefined;
}

function valueOf(raw: unknown): string | number | string[] | null | undefined {
  if (typeof raw === 'string' || typeof raw === 'number' || raw === null || raw === undefined) return raw;
  if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' || typeof item === 'number')) return raw.map(String);
  return undefined;
}

/**
 * The conditions a model proposed for a query, kept only where they name a known field with an
 * operator its type supports and a usable value; all joined with "and". Anything unreadable means
 * no filter (null), so a confused model narrows nothing rather than hiding every document.
 */
export function conditionsFromAnswer(text: string, fields: MetadataFieldInfo[]): MetadataFilteringConditions | null {
  const parsed = jsonObjectIn(text) as { metadata_map?: unknown } | undefined;
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.metadata_map)) return null;
  const types = new Map(fields.map((field) => [field.name, field.type]));
  const conditions: NonNullable<MetadataFilteringConditions['conditions']> = [];
  for (const entry of parsed.metadata_map as Record<string, unknown>[]) {
    if (!entry || typeof entry !== 'object') continue;
    const name = entry.metadata_field_name;
    const operator = entry.comparison_operator as Operator;
    const type = typeof name === 'string' ? types.get(name) : undefined;
    if (!type || !OPERATORS_BY_TYPE[type].includes(operator)) continue;
    const value = valueOf(entry.metadata_field_value);
    if (value === undefined) continue;
    const needsValue = operator !== 'empty' && operator !== 'not empty';
    if (needsValue && (value === null || value === '')) continue;
    conditions.push({ name: name as string, comparison_operator: operator, value });
  }
  return conditions.length > 0 ? { logical_operator: 'and', conditions } : null;
}
