import { type Context } from '../../context';
import { errors } from '../../errors';
import { sseResponse } from '../../http/sse';
import { streamError } from '../../services/generation/events';
import { type ResponseMode, type StartedGeneration } from '../../services/generation/types';
import { UUID } from '../../validation';

/** Relays a task's events after `afterSeq` as SSE; the client leaving stops the relay, not the task. */
export function relayTaskEvents(ctx: Context, taskId: string, afterSeq: number): Response {
  return sseResponse(
    async (sink) => {
      for await (const event of ctx.deps.streams.read(taskId, afterSeq, sink.signal)) await sink.send({ id: event.seq, json: event.json });
    },
    { onError: (error) => ({ data: { event: 'error', ...streamError(error) } }) },
  );
}

/** Blocking requests get the finished answer as JSON (or its error); streaming ones the events. */
export async function respondWithGeneration(ctx: Context, started: StartedGeneration, mode: ResponseMode): Promise<Response> {
  if (mode === 'blocking') return Response.json(await started.done);
  return relayTaskEvents(ctx, started.taskId, 0);
}

/** `Last-Event-ID` (EventSource's reconnect header) or `?last_event_id=`: resume after that event. */
export function lastEventId(ctx: Context): number {
  const raw = ctx.request.headers.get('last-event-id') ?? ctx.request.url.searchParams.get('last_event_id') ?? '0';
  const value = raw.trim() === '' ? 0 : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw errors.invalidParam('Last-Event-ID must be a non-negative integer.');
  return value;
}

/** Dify's rules for the request fields every surface shares. */
export function readGenerationFields(body: { response_mode?: string | null; conversation_id?: string | null }): {
  responseMode: ResponseMode;
  conversationId?: string;
} {
  const conversationId = body.conversation_id?.trim() || undefined;
  if (conversationId && !UUID.test(conversationId)) {
    throw errors.invalidParam('conversation_id must be a valid UUID');
  }
  return { responseMode: body.response_mode === 'streaming' ? 'streaming' : 'blocking', conversationId };
}

export function requireQuery(query: string | undefined): string {
  if (!query?.trim()) throw errors.invalidParam('query is required');
  return query;
}
