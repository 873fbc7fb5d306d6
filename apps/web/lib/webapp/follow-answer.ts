import { type AnswerState, applyEvent } from './answer-state';
import { readEvents } from './sse';
import { type WebApi, WebApiError } from './web-api';

const RETRIES = 6;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads an answer to its end. When the connection drops before the final event, it asks
 * `GET /api/{kind}/{task_id}/events` for the events after the last one seen, with growing pauses;
 * `first` is the original response, or nothing when resuming after a reload. An answer whose
 * events the server no longer has ends as `error` with `expired`, so the page reloads it instead.
 */
export async function followAnswer(options: {
  api: WebApi;
  kind: 'chat-messages' | 'completion-messages';
  first?: Response;
  state: AnswerState;
  onChange: (state: AnswerState) => void;
  signal: AbortSignal;
}): Promise<AnswerState> {
  let state = options.state;
  let response = options.first;
  for (let attempt = 0; ; attempt++) {
    try {
      response ??= await options.api.send(`/${options.kind}/${state.taskId}/events`, {
        headers: { 'Last-Event-ID': String(state.lastEventId) },
        signal: options.signal,
      });
      await readEvents(response, (event) => {
        state = applyEvent(state, event.data, event.id);
        options.onChange(state);
      });
      if (state.status !== 'streaming') return state;
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (error instanceof WebApiError && error.status === 404) return { ...state, status: 'error', error: 'expired' };
      if (error instanceof WebApiError && error.status < 500) throw error;
    }
    if (!state.taskId || attempt >= RETRIES) return { ...state, status: 'error', error: 'connection' };
    response = undefined;
    await wait(Math.min(500 * 2 ** attempt, 4000));
    if (options.signal.aborted) return state;
  }
}
