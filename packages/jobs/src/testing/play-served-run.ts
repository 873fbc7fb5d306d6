import { type StoredStep } from '../driver/run-store';
import { readOutcome, requestBody, requestUrl } from '../driver/serve-protocol';

export interface PlayedRun {
  status: 'completed' | 'failed';
  /** The function's output (completed) or the last error (failed), as JSON text. */
  result: string;
  /** How many requests the run took. */
  requests: number;
}

/**
 * Plays an Inngest server's part for one run against a served `/api/inngest` handler: the same
 * requests the in-process driver sends, with finished steps kept in memory and failed attempts
 * retried until `maxAttempts`. Sleeps and waits are not played (they need a clock and events).
 */
export async function playServedRun(
  handle: (req: Request) => Promise<Response>,
  run: { functionId: string; runId: string; event: Record<string, unknown>; maxAttempts: number },
): Promise<PlayedRun> {
  const steps: StoredStep[] = [];
  const event = JSON.stringify(run.event);
  let attempt = 0;
  for (let requests = 1; requests < 100; requests++) {
    const body = requestBody({ runId: run.runId, event, steps, attempt, maxAttempts: run.maxAttempts });
    const outcome = await readOutcome(await handle(new Request(requestUrl(run.functionId, null), { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
    if (outcome.kind === 'completed') return { status: 'completed', result: outcome.output, requests };
    if (outcome.kind === 'error') {
      if (!outcome.retriable || attempt + 1 >= run.maxAttempts) return { status: 'failed', result: outcome.error, requests };
      attempt++;
      continue;
    }
    const op = outcome.ops[0]!;
    if (op.op === 'RunComplete') return { status: 'completed', result: JSON.stringify(op.data ?? null), requests };
    if (op.op === 'StepRun') steps.push({ stepId: op.id, output: JSON.stringify({ type: 'data', data: op.data ?? null }) });
    else if (op.op === 'StepFailed') steps.push({ stepId: op.id, output: JSON.stringify({ type: 'error', error: op.error }) });
    else if (op.op === 'StepError') {
      if (attempt + 1 >= run.maxAttempts) return { status: 'failed', result: JSON.stringify(op.error ?? null), requests };
      attempt++;
      continue;
    } else throw new Error(`playServedRun does not play ${op.op}`);
    attempt = 0;
  }
  throw new Error('the run did not finish in 100 requests');
}
