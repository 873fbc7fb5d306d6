import { type StoredStep } from './run-store';

/** The step opcodes of Inngest's serve protocol the driver acts on. */
export type OutgoingOp = {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  data?: unknown;
  error?: unknown;
  opts?: Record<string, unknown>;
};

export interface RequestState {
  runId: string;
  /** The triggering event as stored (JSON text). */
  event: string;
  steps: StoredStep[];
  attempt: number;
  maxAttempts: number;
}

/**
 * The body the SDK's comm handler reads (`parseFnData`), as a real server sends it. Stored step
 * outputs are spliced in as the JSON text they were saved as, in completion order, which is also
 * the `stack` the SDK uses to replay parallel steps deterministically. `fn_id`, `qi_id` and
 * `use_api` are left out on purpose: they switch on checkpointing and API fetches that need a
 * server.
 */
export function requestBody(state: RequestState): string {
  const steps = state.steps.map((s) => `${JSON.stringify(s.stepId)}:${s.output}`).join(',');
  const ctx = {
    run_id: state.runId,
    attempt: state.attempt,
    max_attempts: state.maxAttempts,
    disable_immediate_execution: false,
    stack: { stack: state.steps.map((s) => s.stepId), current: Math.max(state.steps.length - 1, 0) },
  };
  return `{"event":${state.event},"events":[${state.event}],"steps":{${steps}},"ctx":${JSON.stringify(ctx)}}`;
}

export function requestUrl(functionId: string, stepId: string | null): string {
  const url = new URL('http://in-process/api/inngest');
  url.searchParams.set('fnId', functionId);
  url.searchParams.set('stepId', stepId ?? 'step');
  return url.toString();
}

/** What one answer of the comm handler means for the run. */
export type Outcome =
  | { kind: 'completed'; output: string }
  | { kind: 'ops'; ops: OutgoingOp[]; retryAfter?: string }
  | { kind: 'error'; error: string; retriable: boolean; retryAfter?: string };

export async function readOutcome(response: Response): Promise<Outcome> {
  const text = await response.text();
  if (response.status === 200) return { kind: 'completed', output: text || 'null' };
  if (response.status === 206) {
    const parsed = JSON.parse(text) as OutgoingOp | OutgoingOp[];
    // A step that threw RetryAfterError says when to try again in this header.
    return { kind: 'ops', ops: Array.isArray(parsed) ? parsed : [parsed], retryAfter: response.headers.get('retry-after') ?? undefined };
  }
  const noRetry = response.headers.get('x-inngest-no-retry') === 'true';
  const retryAfter = response.headers.get('retry-after') ?? undefined;
  return { kind: 'error', error: text || JSON.stringify({ message: `HTTP ${response.status}` }), retriable: response.status >= 500 && !noRetry, retryAfter };
}

/** `Retry-After` as a delay: seconds, an HTTP date, or an Inngest time string the SDK passed on. */
export function retryAfterMs(value: string, now: Date): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (!Number.isNaN(at)) return Math.max(0, at - now.getTime());
  return undefined;
}
