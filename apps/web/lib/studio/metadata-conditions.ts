/**
 * Manual metadata conditions of an app's knowledge retrieval, as the Orchestrate editor keeps them
 * and as `dataset_configs.metadata_filtering_conditions` saves them. The operator names are the ones
 * the retrieval service matches on (packages/api services/retrieval/metadata-filter.ts).
 */

export type MetadataFieldType = 'string' | 'number' | 'time';
export type LogicalOperator = 'and' | 'or';

export interface MetadataFieldOption {
  name: string;
  type: MetadataFieldType;
  builtIn: boolean;
}

export const OPERATORS_BY_TYPE: Record<MetadataFieldType, readonly string[]> = {
  string: ['is', 'is not', 'contains', 'not contains', 'start with', 'end with', 'empty', 'not empty'],
  number: ['=', '≠', '>', '<', '≥', '≤', 'empty', 'not empty'],
  time: ['before', 'after', 'empty', 'not empty'],
};

const VALUELESS = new Set(['empty', 'not empty']);
export const needsValue = (operator: string) => !VALUELESS.has(operator);

/** A condition being edited: `key` only keeps React rows stable, it is not saved. */
export interface DraftCondition {
  key: string;
  name: string;
  comparison_operator: string;
  value: string | number | null;
}

export interface SavedConditions {
  logical_operator: LogicalOperator;
  conditions: { name: string; comparison_operator: string; value: string | number | null }[];
}

export type ConditionError = 'field' | 'operator' | 'value' | 'number';

let nextKey = 0;
export const newConditionKey = () => `condition-${++nextKey}`;

/** The saved conditions as editable rows; anything unreadable becomes an empty list. */
export function draftFromSaved(saved: unknown): { logical_operator: LogicalOperator; conditions: DraftCondition[] } {
  const raw = (saved ?? {}) as { logical_operator?: unknown; conditions?: unknown };
  const list = Array.isArray(raw.conditions) ? raw.conditions : [];
  return {
    logical_operator: raw.logical_operator === 'or' ? 'or' : 'and',
    conditions: list.map((entry) => {
      const c = (entry ?? {}) as Record<string, unknown>;
      const value = typeof c.value === 'number' || typeof c.value === 'string' ? c.value : null;
      return { key: newConditionKey(), name: String(c.name ?? ''), comparison_operator: String(c.comparison_operator ?? ''), value };
    }),
  };
}

/**
 * What is wrong with one condition, given the fields the attached knowledge bases offer. A field
 * that no longer exists counts as no field: the search would never match it.
 */
export function conditionError(condition: DraftCondition, fields: readonly MetadataFieldOption[]): ConditionError | null {
  const field = fields.find((f) => f.name === condition.name);
  if (!field) return 'field';
  if (!OPERATORS_BY_TYPE[field.type].includes(condition.comparison_operator)) return 'operator';
  if (!needsValue(condition.comparison_operator)) return null;
  const value = condition.value;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return 'value';
  if (field.type !== 'string' && !Number.isFinite(typeof value === 'number' ? value : Number(value))) return field.type === 'number' ? 'number' : 'value';
  return null;
}

/** The shape the retrieval service reads; numbers and times are saved as numbers (times in epoch seconds). */
export function toSavedConditions(logical: LogicalOperator, conditions: readonly DraftCondition[], fields: readonly MetadataFieldOption[]): SavedConditions {
  return {
    logical_operator: logical,
    conditions: conditions.map((c) => {
      const type = fields.find((f) => f.name === c.name)?.type ?? 'string';
      const value = !needsValue(c.comparison_operator) ? null : type === 'string' ? String(c.value ?? '') : Number(c.value);
      return { name: c.name, comparison_operator: c.comparison_operator, value };
    }),
  };
}

/** Epoch seconds as the value of an `<input type="datetime-local">`, in the browser's time zone. */
export function epochToLocalInput(value: string | number | null): string {
  const seconds = typeof value === 'number' ? value : Number(value);
  if (value === null || value === '' || !Number.isFinite(seconds)) return '';
  const date = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The picker's local date and time as epoch seconds, or null when it is cleared. */
export function localInputToEpoch(input: string): number | null {
  if (!input) return null;
  const ms = new Date(input).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}
