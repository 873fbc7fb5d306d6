import type { ToolDefinition } from '@tessera/model-runtime';
import type { Tool, ToolParameter } from './types';

function propertySchema(parameter: ToolParameter): Record<string, unknown> {
  const type = parameter.type === 'number' ? 'number' : parameter.type === 'boolean' ? 'boolean' : 'string';
  return {
    type,
    description: parameter.llm_description ?? parameter.human_description?.en_US ?? '',
    ...(parameter.type === 'select' && parameter.options ? { enum: parameter.options.map((option) => option.value) } : {}),
  };
}

/**
 * The function definition the model sees: only the parameters the model fills in (`form: 'llm'`); the others
 * are settings the app's author chose in the console.
 */
export function toolDefinition(tool: Tool, name = tool.name): ToolDefinition {
  const llmParameters = tool.parameters.filter((parameter) => parameter.form === 'llm');
  return {
    name,
    description: tool.description.llm,
    parameters: {
      type: 'object',
      properties: Object.fromEntries(llmParameters.map((parameter) => [parameter.name, propertySchema(parameter)])),
      required: llmParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    },
  };
}
