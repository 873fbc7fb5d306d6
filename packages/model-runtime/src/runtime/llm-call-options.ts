import type { JSONValue } from '@ai-sdk/provider';
import type { ModelMessage } from '@ai-sdk/provider-utils';
import { Output, tool, type ToolSet } from 'ai';
import { ModelRuntimeError } from '../errors';
import type { LlmRequest } from '../types';
import { plainJsonSchema, validatingJsonSchema } from './json-schema';
import { toModelMessages } from './prompt-messages';

function numberParam(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function integerParam(value: unknown): number | undefined {
  const number = numberParam(value);
  return number === undefined ? undefined : Math.trunc(number);
}

function stopSequences(parameterStop: unknown, requestStop: string[] | undefined): string[] | undefined {
  const fromParameters: unknown[] = Array.isArray(parameterStop) ? parameterStop : [parameterStop];
  const words = [...fromParameters, ...(requestStop ?? [])].filter((s): s is string => typeof s === 'string' && s !== '');
  const unique = [...new Set(words)];
  return unique.length > 0 ? unique : undefined;
}

function parseJsonParameter(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ModelRuntimeError('completion_request_error', 'The json_schema parameter is not valid JSON');
  }
}

/** Dify's `json_schema` parameter holds OpenAI's `{name, schema, strict}` object as text, or the bare schema. */
function schemaFromParameter(text: unknown): { schema: Record<string, unknown>; name?: string } | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const parsed = parseJsonParameter(text);
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const wrapper = parsed as { schema?: unknown; name?: unknown };
  if (typeof wrapper.schema === 'object' && wrapper.schema !== null) {
    const name = typeof wrapper.name === 'string' ? wrapper.name : undefined;
    return { schema: wrapper.schema as Record<string, unknown>, name };
  }
  return { schema: parsed as Record<string, unknown> };
}

function outputFor(request: LlmRequest, parameters: Record<string, unknown>) {
  const fromParameter =
    parameters.response_format === 'json_schema' ? schemaFromParameter(parameters.json_schema) : undefined;
  const schema = request.structuredOutputSchema ?? fromParameter?.schema;
  if (schema) {
    return {
      output: Output.object({ schema: validatingJsonSchema(schema), name: fromParameter?.name }),
      structured: true,
      schema,
    };
  }
  const output = parameters.response_format === 'json_object' ? Output.json() : undefined;
  return { output, structured: false, schema: undefined };
}

/**
 * A model without native structured output never sees the schema (the SDK falls back to plain JSON mode), so it
 * is told in a system message, as Dify does for such models. The answer is still validated against the schema.
 */
function withSchemaInstruction(
  messages: ModelMessage[],
  request: LlmRequest,
  schema: Record<string, unknown> | undefined,
): ModelMessage[] {
  if (!schema || request.target.definition.features.includes('structured-output')) return messages;
  const instruction =
    `Answer with a single JSON value that satisfies this JSON schema, and nothing else:\n${JSON.stringify(schema)}`;
  return [{ role: 'system' as const, content: instruction }, ...messages];
}

function toolSet(request: LlmRequest): ToolSet | undefined {
  if (!request.tools?.length) return undefined;
  // No `execute`: the caller runs tools itself, so the SDK stops after one step and hands the calls back.
  return Object.fromEntries(
    request.tools.map((definition) => [
      definition.name,
      tool({ description: definition.description, inputSchema: plainJsonSchema(definition.parameters) }),
    ]),
  );
}

/** Like Dify, a required parameter the app left out takes its rule's default (Anthropic insists on max_tokens). */
function withRequiredDefaults(request: LlmRequest): Record<string, unknown> {
  const parameters = { ...request.parameters };
  for (const rule of request.target.definition.parameter_rules) {
    if (rule.required && parameters[rule.name] === undefined && rule.default !== undefined && rule.default !== null) {
      parameters[rule.name] = rule.default;
    }
  }
  return parameters;
}

/**
 * Vendor-specific knobs from the catalog's parameter rules. Each provider package reads only its own key
 * (OpenAI and Azure `openai`, OpenAI-compatible servers `openaiCompatible`, `anthropic`, `google`), so one object
 * serves every model.
 */
function providerOptionsFor(parameters: Record<string, unknown>) {
  const options: Record<string, Record<string, JSONValue>> = {};
  if (typeof parameters.reasoning_effort === 'string') {
    options.openai = { reasoningEffort: parameters.reasoning_effort };
    options.openaiCompatible = { reasoningEffort: parameters.reasoning_effort };
  }
  const thinkingBudget = integerParam(parameters.thinking_budget);
  if (parameters.thinking === true || parameters.thinking === 'true') {
    options.anthropic = { thinking: { type: 'enabled', budgetTokens: thinkingBudget ?? 1024 } };
  }
  if (thinkingBudget !== undefined) options.google = { thinkingConfig: { thinkingBudget } };
  return Object.keys(options).length > 0 ? options : undefined;
}

/** The generateText/streamText arguments shared by both calls, from Dify's request shape. */
export function llmCallOptions(request: LlmRequest) {
  const parameters = withRequiredDefaults(request);
  const { output, structured, schema } = outputFor(request, parameters);
  return {
    structured,
    options: {
      messages: withSchemaInstruction(toModelMessages(request.messages), request, schema),
      // Dify prompts carry their system messages inline, placed by the app's author.
      allowSystemInMessages: true,
      tools: toolSet(request),
      output,
      temperature: numberParam(parameters.temperature),
      topP: numberParam(parameters.top_p),
      topK: integerParam(parameters.top_k),
      maxOutputTokens: integerParam(parameters.max_tokens),
      presencePenalty: numberParam(parameters.presence_penalty),
      frequencyPenalty: numberParam(parameters.frequency_penalty),
      seed: integerParam(parameters.seed),
      stopSequences: stopSequences(parameters.stop, request.stop),
      providerOptions: providerOptionsFor(parameters),
    },
  };
}
