import type {
  LlmChunk,
  LlmRequest,
  LlmResult,
  LlmStream,
  LlmUsage,
  ModelDefinition,
  ModelRuntime,
  ModelTarget,
  ModerationRequest,
  PromptToolCall,
} from '@tessera/model-runtime';

/** One scripted model reply: text in the given deltas (or word by word), tool calls, usage. */
export interface FakeReply {
  deltas?: string[];
  text?: string;
  toolCalls?: { name: string; arguments: Record<string, unknown> }[];
  promptTokens?: number;
  completionTokens?: number;
  /** Prices per call, as decimal strings. */
  totalPrice?: string;
}

export function usageOf(reply: FakeReply): LlmUsage {
  const prompt = reply.promptTokens ?? 10;
  const completion = reply.completionTokens ?? 5;
  const total = reply.totalPrice ?? '0.0000150';
  return {
    prompt_tokens: prompt,
    prompt_unit_price: '0.001',
    prompt_price_unit: '0.001',
    prompt_price: '0.0000100',
    completion_tokens: completion,
    completion_unit_price: '0.001',
    completion_price_unit: '0.001',
    completion_price: '0.0000050',
    total_tokens: prompt + completion,
    total_price: total,
    currency: 'USD',
    latency: 0.5,
  };
}

function deltasOf(reply: FakeReply): string[] {
  if (reply.deltas) return reply.deltas;
  return reply.text ? (reply.text.match(/\s*\S+/g) ?? [reply.text]) : [];
}

/**
 * A model runtime that answers from a script, one reply per call, and records every request. Streams honour
 * the request's abort signal the way the real runtime does (the iterator throws), and count abandoned streams.
 */
export function scriptedModels(replies: FakeReply[], options: { flaggedWords?: string[] } = {}) {
  const queue = [...replies];
  const requests: LlmRequest[] = [];
  const moderations: ModerationRequest[] = [];
  const state = { abandonedStreams: 0 };
  let callCount = 0;

  function next(request: LlmRequest): FakeReply {
    requests.push(structuredClone({ ...request, signal: undefined }));
    callCount += 1;
    const reply = queue.shift();
    if (!reply) throw new Error(`No scripted reply left for call ${callCount}`);
    return reply;
  }

  function toolCallsOf(reply: FakeReply): PromptToolCall[] {
    return (reply.toolCalls ?? []).map((call, index) => ({
      id: `call_${callCount}_${index}`,
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.arguments) },
    }));
  }

  function resultOf(reply: FakeReply, request: LlmRequest): LlmResult {
    return {
      model: request.target.model,
      message: { role: 'assistant', content: deltasOf(reply).join(''), tool_calls: toolCallsOf(reply) },
      usage: usageOf(reply),
      finish_reason: reply.toolCalls?.length ? 'tool_calls' : 'stop',
    };
  }

  const models: Pick<ModelRuntime, 'streamLlm' | 'invokeLlm' | 'moderate'> = {
    async invokeLlm(request) {
      return resultOf(next(request), request);
    },
    streamLlm(request): LlmStream {
      const reply = next(request);
      const result = resultOf(reply, request);
      const chunks: LlmChunk[] = deltasOf(reply).map((content, index) => ({
        delta: { index, message: { role: 'assistant', content, tool_calls: [] } },
      }));
      chunks.push({
        delta: {
          index: chunks.length,
          message: { role: 'assistant', content: '', tool_calls: result.message.tool_calls },
          usage: result.usage,
          finish_reason: result.finish_reason,
        },
      });
      return {
        result: Promise.resolve(result),
        async *[Symbol.asyncIterator]() {
          let finished = false;
          try {
            for (const chunk of chunks) {
              await Promise.resolve();
              if (request.signal?.aborted) throw new Error('Request aborted');
              yield chunk;
            }
            finished = true;
          } finally {
            if (!finished) state.abandonedStreams += 1;
          }
        },
      };
    },
    async moderate(request) {
      moderations.push(request);
      const words = options.flaggedWords ?? [];
      const flagged = words.some((word) => request.text.toLowerCase().includes(word));
      return { flagged, categories: flagged ? ['violence'] : [] };
    },
  };
  return { models, requests, moderations, state, remaining: () => queue.length };
}

export function fakeDefinition(overrides: Partial<ModelDefinition> = {}): ModelDefinition {
  return {
    model: 'fake-model',
    label: { en_US: 'Fake model' },
    model_type: 'llm',
    features: [],
    fetch_from: 'predefined-model',
    model_properties: { mode: 'chat', context_size: 8192 },
    parameter_rules: [],
    deprecated: false,
    ...overrides,
  };
}

export function fakeTarget(overrides: Partial<ModelDefinition> = {}): ModelTarget {
  return { provider: 'openai', model: 'fake-model', modelType: 'llm', credentials: {}, definition: fakeDefinition(overrides) };
}
