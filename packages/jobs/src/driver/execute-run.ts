import { resolveWakeTime } from '../durations';
import { type ClaimedRun, type RunStore } from './run-store';
import { type OutgoingOp, readOutcome, requestBody, requestUrl, retryAfterMs } from './serve-protocol';

export type CommHandler = (req: Request) => Promise<Response>;

export interface ExecuteContext {
  store: RunStore;
  handler: CommHandler;
  now(): Date;
  /** Delay before attempt `attempt` (1-based retry number) of a failed step or function body. */
  backoffMs(attempt: number): number;
  /** True once the process is shutting down: the run goes back to the queue before its next step. */
  stopping(): boolean;
}

const MEMO_DATA = (data: unknown) => JSON.stringify({ type: 'data', data: data ?? null });
const MEMO_ERROR = (error: unknown) => JSON.stringify({ type: 'error', error });
const stepName = (op: OutgoingOp) => op.displayName ?? op.name;

/**
 * Drives one claimed run until it leaves this process: completed, failed, sleeping, waiting for an
 * event, queued for a retry, or no longer ours (cancelled). Each round trip asks the SDK's own
 * handler what to do next with every finished step replayed; each finished step is stored before
 * the next request, so a process killed between steps resumes after the last stored one.
 */
export async function executeRun(ctx: ExecuteContext, run: ClaimedRun): Promise<void> {
  const { store } = ctx;
  let attempt = run.attempt;
  if (run.waitStepId) {
    // Claimed while still waiting: the wait timed out, and `waitForEvent` resolves to null.
    if (!(await store.saveStep(run.id, { stepId: run.waitStepId, output: MEMO_DATA(null) }, ctx.now()))) return;
    attempt = 0;
  }
  for (;;) {
    if (ctx.stopping()) {
      await store.requeue(run.id, attempt, ctx.now());
      return;
    }
    if (!(await store.stillHeld(run.id))) return;
    const outcome = await call(ctx, run, attempt, null);
    if (outcome.kind === 'completed') {
      await store.complete(run.id, outcome.output, ctx.now());
      return;
    }
    if (outcome.kind === 'error') {
      await failOrRetry(ctx, run, attempt, outcome.error, outcome.retriable, outcome.retryAfter);
      return;
    }
    const next = await applyOps(ctx, run, attempt, outcome.ops, outcome.retryAfter);
    if (next === 'stop') return;
    attempt = 0;
  }
}

async function call(ctx: ExecuteContext, run: ClaimedRun, attempt: number, stepId: string | null) {
  const steps = await ctx.store.steps(run.id);
  const body = requestBody({ runId: run.id, event: run.event, steps, attempt, maxAttempts: run.maxAttempts });
  const response = await ctx.handler(
    new Request(requestUrl(run.functionId, stepId), { method: 'POST', headers: { 'content-type': 'application/json', host: 'in-process' }, body }),
  );
  return readOutcome(response);
}

async function failOrRetry(ctx: ExecuteContext, run: ClaimedRun, attempt: number, error: string, retriable: boolean, retryAfter?: string) {
  const now = ctx.now();
  const next = attempt + 1;
  if (!retriable || next >= run.maxAttempts) {
    await ctx.store.fail(run.id, error, now);
    return;
  }
  const delay = (retryAfter ? retryAfterMs(retryAfter, now) : undefined) ?? ctx.backoffMs(next);
  await ctx.store.retryLater(run.id, next, error, new Date(now.getTime() + delay), now);
}

/** Stores the result of a step the SDK just ran; 'stop' when the run leaves this process. */
async function recordRanStep(ctx: ExecuteContext, run: ClaimedRun, attempt: number, op: OutgoingOp, retryAfter?: string): Promise<'continue' | 'stop'> {
  const now = ctx.now();
  if (op.op === 'StepRun') {
    return (await ctx.store.saveStep(run.id, { stepId: op.id, name: stepName(op), output: MEMO_DATA(op.data) }, now)) ? 'continue' : 'stop';
  }
  if (op.op === 'StepFailed') {
    // Out of retries (or not retriable): the function sees the error thrown from the step and decides.
    return (await ctx.store.saveStep(run.id, { stepId: op.id, name: stepName(op), output: MEMO_ERROR(op.error) }, now)) ? 'continue' : 'stop';
  }
  await failOrRetry(ctx, run, attempt, JSON.stringify(op.error ?? null), true, retryAfter);
  return 'stop';
}

async function applyOps(ctx: ExecuteContext, run: ClaimedRun, attempt: number, ops: OutgoingOp[], retryAfter?: string): Promise<'continue' | 'stop'> {
  const now = ctx.now();
  const ran = ops.find((op) => op.op === 'StepRun' || op.op === 'StepError' || op.op === 'StepFailed');
  if (ran) return recordRanStep(ctx, run, attempt, ran, retryAfter);
  const complete = ops.find((op) => op.op === 'RunComplete');
  if (complete) {
    await ctx.store.complete(run.id, JSON.stringify(complete.data ?? null), now);
    return 'stop';
  }
  const planned = ops.filter((op) => op.op === 'StepPlanned');
  if (planned.length > 0) {
    // Parallel steps run one after another here; each is stored as it finishes.
    for (const op of planned) {
      if (!(await ctx.store.stillHeld(run.id))) return 'stop';
      const outcome = await call(ctx, run, attempt, op.id);
      if (outcome.kind !== 'ops') {
        if (outcome.kind === 'error') await failOrRetry(ctx, run, attempt, outcome.error, outcome.retriable, outcome.retryAfter);
        else await ctx.store.complete(run.id, outcome.output, ctx.now());
        return 'stop';
      }
      const result = outcome.ops.find((o) => o.op === 'StepRun' || o.op === 'StepError' || o.op === 'StepFailed');
      if (!result || (await recordRanStep(ctx, run, attempt, result, outcome.retryAfter)) === 'stop') return 'stop';
    }
    return 'continue';
  }
  const wait = ops.find((op) => op.op === 'WaitForEvent');
  if (wait) {
    const opts = (wait.opts ?? {}) as { timeout?: string; if?: string };
    const timeoutAt = resolveWakeTime(opts.timeout ?? '7d', now);
    await ctx.store.waitForEvent(run.id, { stepId: wait.id, event: wait.name ?? '', condition: opts.if ?? null }, timeoutAt, now);
    return 'stop';
  }
  const sleeps = ops.filter((op) => op.op === 'Sleep');
  if (sleeps.length > 0) {
    const wakes = sleeps.map((op) => ({ op, at: resolveWakeTime(op.name ?? '0s', now) })).sort((a, b) => a.at.getTime() - b.at.getTime());
    const first = wakes[0]!;
    await ctx.store.sleep(run.id, { stepId: first.op.id, name: stepName(first.op) }, first.at, now);
    return 'stop';
  }
  const kinds = [...new Set(ops.map((op) => op.op))].join(', ');
  await ctx.store.fail(run.id, JSON.stringify({ name: 'Error', message: `Step kinds not supported by the in-process driver: ${kinds}` }), now);
  return 'stop';
}
