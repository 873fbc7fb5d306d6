import { describe, expect, it } from 'vitest';
import { formFromVariables, promptSegments, promptVariableNames, syncVariables, variablesFromForm } from './prompt-variables';

describe('prompt variables', () => {
  it('finds {{keys}} in order, once each, ignoring invalid keys and context markers', () => {
    expect(promptVariableNames('Hi {{name}}, {{ topic }} and {{name}} {{#context#}} {{9bad}}')).toEqual(['name', 'topic']);
  });

  it('adds only the variables the table lacks, as required short text', () => {
    const existing = [{ type: 'select' as const, variable: 'tone', label: 'Tone', required: false, options: ['warm'] }];
    const synced = syncVariables('{{tone}} answer about {{topic}}', existing);
    expect(synced).toEqual([existing[0], { type: 'text-input', variable: 'topic', label: 'topic', required: true, max_length: 48 }]);
    expect(syncVariables('{{tone}}', existing)).toBe(existing);
  });

  it('reads and writes Dify’s user_input_form', () => {
    const form = [
      { 'text-input': { variable: 'name', label: 'Name', required: true, max_length: 20 } },
      { select: { variable: 'tone', label: 'Tone', required: false, options: ['warm', 'dry'] } },
      { external_data_tool: { variable: 'x' } },
    ];
    const variables = variablesFromForm(form);
    expect(variables.map((v) => v.variable)).toEqual(['name', 'tone']);
    expect(formFromVariables(variables)).toEqual(form.slice(0, 2));
  });

  it('splits a prompt into highlighted variable runs', () => {
    expect(promptSegments('Hello {{name}}!')).toEqual([
      { text: 'Hello ', variable: false },
      { text: '{{name}}', variable: true },
      { text: '!', variable: false },
    ]);
  });
});
