import { describe, expect, it } from 'vitest';
import { firstMissing, formFields, initialInputs } from './input-form';

const FORM: Record<string, Record<string, unknown>>[] = [
  { 'text-input': { variable: 'name', label: 'Name', required: true, max_length: 20 } },
  { select: { variable: 'tone', label: 'Tone', required: false, options: ['calm', 'bold'], default: 'calm' } },
  { checkbox: { variable: 'short', label: 'Short' } },
  { external_data_tool: { variable: 'ext' } },
  { paragraph: { variable: 'hidden', label: 'Hidden', hide: true } },
];

describe('the input form', () => {
  it('keeps the field types the web app renders, with their rules', () => {
    const fields = formFields(FORM);
    expect(fields.map((f) => [f.type, f.variable, f.required])).toEqual([
      ['text-input', 'name', true],
      ['select', 'tone', false],
      ['checkbox', 'short', true],
    ]);
    expect(fields[0]!.maxLength).toBe(20);
    expect(fields[1]!.options).toEqual(['calm', 'bold']);
  });

  it('starts from defaults and values handed in by the embedding page', () => {
    const fields = formFields(FORM);
    expect(initialInputs(fields)).toEqual({ tone: 'calm', short: false });
    expect(initialInputs(fields, { name: 'Ada', short: 'true' })).toEqual({ name: 'Ada', tone: 'calm', short: true });
  });

  it('names the first required field left empty', () => {
    const fields = formFields(FORM);
    expect(firstMissing(fields, { name: '  ' })?.variable).toBe('name');
    expect(firstMissing(fields, { name: 'Ada' })).toBeUndefined();
  });
});
