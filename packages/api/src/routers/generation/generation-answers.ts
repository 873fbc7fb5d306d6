import { z } from 'zod';

const ZUsage = z.looseObject({
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  total_tokens: z.number(),
  total_price: z.number(),
  currency: z.string(),
  latency: z.number(),
});

/** Dify's blocking answer (contract §4.4); completion answers omit `conversation_id`. */
export const ZBlockingAnswer = z
  .object({
    event: z.literal('message'),
    task_id: z.string(),
    id: z.string(),
    message_id: z.string(),
    conversation_id: z.string().optional(),
    mode: z.string(),
    answer: z.string(),
    metadata: z.looseObject({
      annotation_reply: z.looseObject({ id: z.string() }).nullable().optional(),
      retriever_resources: z.array(z.record(z.string(), z.unknown())),
      usage: ZUsage.optional(),
    }),
    created_at: z.number().int(),
  })
  .meta({ id: 'BlockingAnswer' });

const sse = {
  'text/event-stream': {
    schema: {
      type: 'string',
      description:
        'Server-sent events, one JSON object per `data:` line with its `event` field (message, agent_message, agent_thought, message_file, message_replace, message_end, tts_message, tts_message_end, error) and an `id:` line with its sequence number in the task; `event: ping` every 10 s.',
    },
  },
};

/** What a generation endpoint answers: JSON when blocking, an event stream when streaming. */
export const GENERATION_RESPONSES = {
  200: { description: 'The answer: JSON (blocking) or an event stream (streaming)', json: ZBlockingAnswer, content: sse },
  400: { description: 'invalid_param, not_chat_app, app_unavailable, conversation_completed, provider_not_initialize, provider_quota_exceeded, model_currently_not_support, completion_request_error' },
  401: { description: 'Missing or invalid credentials' },
  404: { description: 'Conversation Not Exists.' },
};

/** What a task-events endpoint answers. */
export const EVENTS_RESPONSES = {
  200: { description: 'The events after the last one seen, then the live ones, until the task ends', content: sse },
  400: { description: 'invalid_param: Last-Event-ID is not a number' },
  404: { description: 'No such task of yours (events are kept for at least ten minutes after it ends)' },
};
