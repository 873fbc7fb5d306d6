import { type MetadataFilteringConditions } from '../datasets/retrieval-model';

type Condition = NonNullable<MetadataFilteringConditions['conditions']>[number];

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';
const asNumber = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
/** Times are compared as epoch seconds; strings that parse as dates count too. */
const asTime = (v: unknown) => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return /^\d+(\.\d+)?$/.test(v) ? Number(v) : Date.parse(v) / 1000;
  return NaN;
};

/** One of Dify's comparison operators against a document's metadata value. */
export function matchCondition(value: unknown, condition: Condition): boolean {
  const expected = condition.value;
  const text = value === undefined || value === null ? '' : String(value);
  switch (condition.comparison_operator) {
    case 'contains':
      return !isEmpty(value) && text.includes(String(expected ?? ''));
    case 'not contains':
      return isEmpty(value) || !text.includes(String(expected ?? ''));
    case 'start with':
      return !isEmpty(value) && text.startsWith(String(expected ?? ''));
    case 'end with':
      return !isEmpty(value) && text.endsWith(String(expected ?? ''));
    case 'is':
    case '=':
      return typeof expected === 'number' || condition.comparison_operator === '=' ? asNumber(value) === asNumber(expected) : text === String(expected ?? '');
    case 'is not':
    case '≠':
      return typeof expected === 'number' || condition.comparison_operator === '≠' ? asNumber(value) !== asNumber(expected) : text !== String(expected ?? '');
    case 'empty':
      return isEmpty(value);
    case 'not empty':
      return !isEmpty(value);
    case 'in':
      return !isEmpty(value) && (Array.isArray(expected) ? expected : String(expected ?? '').split(',')).map((s) => String(s).trim()).includes(text);
    case 'not in':
      return isEmpty(value) || !(Array.isArray(expected) ? expected : String(expected ?? '').split(',')).map((s) => String(s).trim()).includes(text);
    case '>':
      return asNumber(value) > asNumber(expected);
    case '<':
      return asNumber(value) < asNumber(expected);
    case '≥':
      return asNumber(value) >= asNumber(expected);
    case '≤':
      return asNumber(value) <= asNumber(expected);
    case 'before':
      return asTime(value) < asTime(expected);
    case 'after':
      return asTime(value) > asTime(expected);
  }
}

/** Whether a document's metadata passes the conditions, joined by `and` or `or`. */
export function matchMetadata(metadata: Record<string, unknown> | null, filter: MetadataFilteringConditions): boolean {
  const conditions = filter.conditions ?? [];
  if (conditions.length === 0) return true;
  const results = conditions.map((c) => matchCondition(metadata?.[c.name], c));
  return filter.logical_operator === 'or' ? results.some(Boolean) : results.every(Boolean);
}
