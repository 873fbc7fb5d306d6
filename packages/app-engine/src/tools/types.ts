import type { I18n, UsageCaller } from '@tessera/model-runtime';

/** Dify's ToolParameter as the console lists it; `form: 'llm'` parameters are the ones the model fills in. */
export interface ToolParameter {
  name: string;
  label: I18n;
  human_description?: I18n;
  llm_description?: string;
  type: 'string' | 'number' | 'boolean' | 'select' | 'secret-input' | 'file' | 'files';
  form: 'llm' | 'form' | 'schema';
  required: boolean;
  default?: string | number | boolean | null;
  min?: number;
  max?: number;
  options?: { value: string; label: I18n }[];
  placeholder?: I18n;
}

export interface ToolInvocationContext {
  caller: UsageCaller;
  signal?: AbortSignal;
  now: () => Date;
}

/** One tool: what the console and the model are told about it, and how to run it. */
export interface Tool {
  name: string;
  author: string;
  label: I18n;
  description: { human: I18n; llm: string };
  parameters: ToolParameter[];
  labels?: string[];
  /** Resolves to the observation text the model reads next. A thrown error becomes the observation too. */
  invoke(args: Record<string, unknown>, context: ToolInvocationContext): Promise<string>;
}

export type ToolProviderType = 'builtin' | 'api' | 'workflow' | 'mcp';

/** A provider groups tools under one name; agent configs refer to tools as (provider type, provider id, tool name). */
export interface ToolProvider {
  /** Dify's provider name (`time`, `maths`, `webscraper` …). */
  name: string;
  type: ToolProviderType;
  author: string;
  label: I18n;
  description: I18n;
  /** SVG markup or an icon URL. */
  icon: string;
  labels: string[];
  tools: Tool[];
}
