import { describe, expect, it } from 'vitest';
import {
  conditionError,
  type DraftCondition,
  draftFromSaved,
  epochToLocalInput,
  localInputToEpoch,
  type MetadataFieldOption,
  toSavedConditions,
} from './metadata-conditions';

const fields: MetadataFieldOption[] = [
  { name: 'region', type: 'string', builtIn: false },
  { name: 'pages', type: 'number', builtIn: false },
  { name: 'upload_date', type: 'time', builtIn: true },
];
const row = (name: string, comparison_operator: string, value: string | number | null): DraftCondition => ({ key: 'k', name, comparison_operator, value });

describe('conditionError', () => {
  it('accepts a condition whose operator fits its field and has a value', () => {
    expect(conditionError(row('region', 'is', 'north'), fields)).toBeNull();
    expect(conditionError(row('pages', '≥', '3'), fields)).toBeNull();
    expect(conditionError(row('upload_date', 'before', 1_700_000_000), fields)).toBeNull();
  });

  it('needs no value for empty and not empty', () => {
    expect(conditionError(row('region', 'empty', null), fields)).toBeNull();
    expect(conditionError(row('pages', 'not empty', null), fields)).toBeNull();
  });

  it('flags a missing or unknown field, an operator of another type, and a missing or non-numeric value', () => {
    expect(conditionError(row('', 'is', 'x'), fields)).toBe('field');
    expect(conditionError(row('gone', 'is', 'x'), fields)).toBe('field');
    expect(conditionError(row('region', '>', 'x'), fields)).toBe('operator');
    expect(conditionError(row('upload_date', 'is', 'x'), fields)).toBe('operator');
    expect(conditionError(row('region', 'contains', '  '), fields)).toBe('value');
    expect(conditionError(row('pages', '=', null), fields)).toBe('value');
    expect(conditionError(row('pages', '=', 'three'), fields)).toBe('number');
    expect(conditionError(row('upload_date', 'after', null), fields)).toBe('value');
  });
});

describe('toSavedConditions', () => {
  it('saves numbers and times as numbers, text as text, and no value for empty', () => {
    const saved = toSavedConditions('or', [row('pages', '>', '2.5'), row('region', 'is', 'north'), row('upload_date', 'empty', 5)], fields);
    expect(saved).toEqual({
      logical_operator: 'or',
      conditions: [
        { name: 'pages', comparison_operator: '>', value: 2.5 },
        { name: 'region', comparison_operator: 'is', value: 'north' },
        { name: 'upload_date', comparison_operator: 'empty', value: null },
      ],
    });
  });

  it('reads back what it saved', () => {
    const saved = toSavedConditions('or', [row('pages', '≤', 4)], fields);
    const draft = draftFromSaved(saved);
    expect(draft.logical_operator).toBe('or');
    expect(draft.conditions.map(({ key: _key, ...rest }) => rest)).toEqual([{ name: 'pages', comparison_operator: '≤', value: 4 }]);
  });

  it('treats anything unreadable as no conditions joined by and', () => {
    expect(draftFromSaved(null)).toEqual({ logical_operator: 'and', conditions: [] });
    expect(draftFromSaved({ logical_operator: 'xor', conditions: 'nope' })).toEqual({ logical_operator: 'and', conditions: [] });
  });
});

describe('date-time picker values', () => {
  it('round-trips epoch seconds through the local picker value to the minute', () => {
    const epoch = localInputToEpoch('2024-03-05T14:30')!;
    expect(epochToLocalInput(epoch)).toBe('2024-03-05T14:30');
    expect(localInputToEpoch('')).toBeNull();
    expect(epochToLocalInput(null)).toBe('');
  });
});
