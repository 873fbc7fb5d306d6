import type { FetchFunction } from '@ai-sdk/provider-utils';

export const TIMEOUT_ERROR_NAME = 'TimeoutError';

/**
 * Bounds every HTTP attempt by how long the upstream stays silent: the timer starts with the request and restarts
 * when headers arrive and on every body chunk. A stalled server (no answer, or a stream that stops mid-way) fails
 * after `timeoutMs`, while a long stream that keeps producing tokens is never cut off. Sitting in `fetch`, it
 * applies per attempt, so retries each get the full budget, and it works the same for every provider.
 */
export function withAttemptTimeout(fetchFn: FetchFunction, timeoutMs: number): FetchFunction {
  return async (input, init) => {
    const silence = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => silence.abort(new DOMException(`Request timed out after ${timeoutMs} ms`, TIMEOUT_ERROR_NAME)),
        timeoutMs,
      );
      timer.unref?.();
    };
    const stop = () => clearTimeout(timer);
    const signal = init?.signal ? AbortSignal.any([init.signal, silence.signal]) : silence.signal;
    restart();
    let response: Response;
    try {
      response = await fetchFn(input, { ...init, signal });
    } catch (error) {
      stop();
      throw error;
    }
    if (!response.body) {
      stop();
      return response;
    }
    restart();
    // A pull-based wrapper rather than pipeThrough: the pipe machinery costs measurable time on every stream's
    // first chunk, and this sits on the path of every streamed answer.
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        let read: ReadableStreamReadResult<Uint8Array>;
        try {
          read = await reader.read();
        } catch (error) {
          stop();
          throw error;
        }
        if (read.done) {
          stop();
          controller.close();
          return;
        }
        restart();
        controller.enqueue(read.value);
      },
      cancel(reason) {
        stop();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
