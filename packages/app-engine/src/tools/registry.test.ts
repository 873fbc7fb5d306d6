import { describe, expect, it } from 'vitest';
import { builtinToolProviders } from './builtin';
import { consoleProvider } from './console-shape';
import { toolDefinition } from './llm-schema';
import { createToolRegistry } from './registry';

const registry = createToolRegistry(builtinToolProviders({ webscraper: { fetch } }));

describe('tool registry', () => {
  it("holds Dify's built-in providers under Dify's names, also when a DSL names them by plugin id", () => {
    expect(registry.providers('builtin').map((provider) => provider.name)).toEqual(['time', 'maths', 'webscraper']);
    expect(registry.findTool('builtin', 'time', 'current_time')?.name).toBe('current_time');
    expect(registry.findTool('builtin', 'langgenius/maths/maths', 'eval_expression')?.name).toBe('eval_expression');
    expect(registry.findTool('builtin', 'time', 'nope')).toBeUndefined();
    expect(registry.findTool('api', 'time', 'current_time')).toBeUndefined();
  });

  it('accepts providers added later', () => {
    const local = createToolRegistry();
    local.register({ ...registry.provider('builtin', 'time')!, name: 'clock', type: 'workflow' });
    expect(local.findTool('workflow', 'clock', 'current_time')).toBeDefined();
  });

  it('shows the model only the parameters it fills in, as JSON schema', () => {
    expect(toolDefinition(registry.findTool('builtin', 'maths', 'eval_expression')!)).toEqual({
      name: 'eval_expression',
      description: 'A tool for evaluating an math expression.',
      parameters: {
        type: 'object',
        properties: { expression: { type: 'string', description: 'Math Expression' } },
        required: ['expression'],
      },
    });
    expect(toolDefinition(registry.findTool('builtin', 'time', 'current_time')!).parameters).toEqual({
      type: 'object',
      properties: {},
      required: [],
    });
  });

  it("describes providers in the console's builtin tool list shape", () => {
    const provider = consoleProvider(registry.provider('builtin', 'time')!);
    expect(provider).toMatchObject({
      id: 'time',
      name: 'time',
      type: 'builtin',
      label: { en_US: 'CurrentTime' },
      is_team_authorization: true,
      tools: [{ name: 'current_time', label: { en_US: 'Current Time' }, description: { en_US: 'A tool for getting the current time.' } }],
    });
    expect(provider.tools[0]!.parameters.map((parameter) => [parameter.name, parameter.form, parameter.type])).toEqual([
      ['format', 'form', 'string'],
      ['timezone', 'form', 'select'],
    ]);
  });
});
