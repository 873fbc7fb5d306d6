export type Protocol = 'openai' | 'anthropic' | 'gemini' | 'cohere' | 'ollama';

export type ErrorKind = 'auth' | 'quota' | 'model_not_found' | 'bad_request' | 'not_found' | 'upstream';

const OPENAI_TYPES: Record<ErrorKind, [type: string, code: string | null]> = {
  auth: ['invalid_request_error', 'invalid_api_key'],
  quota: ['insufficient_quota', 'insufficient_quota'],
  model_not_found: ['invalid_request_error', 'model_not_found'],
  bad_request: ['invalid_request_error', null],
  not_found: ['invalid_request_error', 'unknown_url'],
  upstream: ['server_error', null],
};

const ANTHROPIC_TYPES: Record<ErrorKind, string> = {
  auth: 'authentication_error',
  quota: 'rate_limit_error',
  model_not_found: 'not_found_error',
  bad_request: 'invalid_request_error',
  not_found: 'not_found_error',
  upstream: 'api_error',
};

const GOOGLE_STATUSES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** An error body in the shape the vendor's own API (and so its AI SDK provider) uses. */
export function vendorErrorBody(protocol: Protocol, kind: ErrorKind, status: number, message: string): unknown {
  switch (protocol) {
    case 'openai': {
      const [type, code] = OPENAI_TYPES[kind];
      const upstreamType = status === 429 ? 'rate_limit_exceeded' : status < 500 ? 'invalid_request_error' : type;
      return { error: { message, type: kind === 'upstream' ? upstreamType : type, param: null, code } };
    }
    case 'anthropic': {
      const type = kind === 'upstream' && status === 429 ? 'rate_limit_error' : ANTHROPIC_TYPES[kind];
      return { type: 'error', error: { type: status === 529 ? 'overloaded_error' : type, message } };
    }
    case 'gemini': {
      const googleStatus = GOOGLE_STATUSES[status] ?? (status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');
      return { error: { code: status, message, status: googleStatus } };
    }
    case 'cohere':
      return { message };
    case 'ollama':
      return { error: message };
  }
}

const AUTH_MESSAGES: Record<Protocol, (maskedKey: string) => string> = {
  openai: (masked) => `Incorrect API key provided: ${masked}`,
  anthropic: () => 'invalid x-api-key',
  gemini: () => 'API key not valid. Please pass a valid API key.',
  cohere: () => 'invalid api token',
  ollama: () => 'unauthorized',
};

const MODEL_NOT_FOUND_MESSAGES: Record<Protocol, (model: string) => string> = {
  openai: (model) => `The model \`${model}\` does not exist or you do not have access to it.`,
  anthropic: (model) => `model: ${model}`,
  gemini: (model) => `models/${model} is not found for API version v1beta, or is not supported for this method.`,
  cohere: (model) =>
    `model '${model}' not found, make sure the correct model ID was used and that you have access to the model.`,
  ollama: (model) => `model "${model}" not found, try pulling it first`,
};

export const QUOTA_MESSAGE =
  'You exceeded your current quota, please check your plan and billing details. ' +
  'For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';

export function authErrorMessage(protocol: Protocol, key: string): string {
  return AUTH_MESSAGES[protocol](`${key.slice(0, 4)}****`);
}

export function modelNotFoundMessage(protocol: Protocol, model: string): string {
  return MODEL_NOT_FOUND_MESSAGES[protocol](model);
}
