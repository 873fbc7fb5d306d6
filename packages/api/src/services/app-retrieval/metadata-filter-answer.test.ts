import { describe, expect, it } from 'vitest';
import { conditionsFromAnswer, type MetadataFieldInfo } from './metadata-filter-answer';

const FIELDS: MetadataFieldInfo[] = [
  { name: 'topic', type: 'string' },
  { name: 'pages', type: 'number' },
  { name: 'upload_date', type: 'time' },
];
const answer = (metadata_map: unknown) => JSON.stringify({ metadata_map });
const entry = (name: string, value: unknown, operator: string) => ({ metadata_field_name: name, metadata_field_value: value, comparison_operator: operator });

describe('conditions from a metadata model answer', () => {
  it('keeps known fields with operators their type allows, joined by and', () => {
    const text = answer([entry('topic', 'space', 'is'), entry('pages', 10, '>'), entry('upload_date', 1700000000, 'after'), entry('topic', ['a', 'b'], 'in')]);
    expect(conditionsFromAnswer(text, FIELDS)).toEqual({
      logical_operator: 'and',
      conditions: [
        { name: 'topic', comparison_operator: 'is', value: 'space' },
        { name: 'pages', comparison_operator: '>', value: 10 },
        { name: 'upload_date', comparison_operator: 'after', value: 1700000000 },
        { name: 'topic', comparison_operator: 'in', value: ['a', 'b'] },
      ],
    });
  });

  it('drops unknown fields, unknown or mismatched operators and missing values', () => {
    const text = answer([
      entry('colour', 'blue', 'is'),
      entry('topic', 'space', 'equals'),
      entry('topic', 'space', '>'),
      entry('pages', 3, 'contains'),
      entry('topic', '', 'is'),
      entry('topic', { nested: true }, 'is'),
      entry('pages', null, 'empty'),
    ]);
    expect(conditionsFromAnswer(text, FIELDS)).toEqual({ logical_operator: 'and', conditions: [{ name: 'pages', comparison_operator: 'empty', value: null }] });
    expect(conditionsFromAnswer(answer([entry('colour', 'blue', 'is')]), FIELDS)).toBeNull();
  });

  it('reads JSON in a fenced block or wrapped in prose, and means no filter for anything else', () => {
    const json = answer([entry('topic', 'space', 'is')]);
    const expected = { logical_operator: 'and', conditions: [{ name: 'topic', comparison_operator: 'is', value: 'space' }] };
    expect(conditionsFromAnswer('```json\n' + json + '\n```', FIELDS)).toEqual(expected);
    expect(conditionsFromAnswer(`The filter is ${json}. Done.`, FIELDS)).toEqual(expected);
    for (const text of ['', 'no idea', '{"metadata_map": "topic"}', '[1, 2]', '{"metadata_map": [', answer([])]) expect(conditionsFromAnswer(text, FIELDS), text).toBeNull();
  });
});
