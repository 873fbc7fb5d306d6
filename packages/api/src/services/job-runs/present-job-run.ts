import { type JobRun, type JobRunStep } from '@tessera/db';
import { toUnix, toUnixRequired } from '../../validation';

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The SDK serializes errors with their stack; operators get the name and message only. */
function presentError(text: string | null): { name: string; message: string } | null {
  if (text === null) return null;
  const value = parseJson(text);
  if (value && typeof value === 'object') {
    const { name, message } = value as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : JSON.stringify(value) };
  }
  return { name: 'Error', message: String(value) };
}

export function presentJobRun(run: JobRun) {
  const waiting = run.status === 'queued' || run.status === 'sleeping';
  return {
    id: run.id,
    function_id: run.functionId,
    event_name: run.eventName,
    status: run.status,
    attempt: run.attempt,
    max_attempts: run.maxAttempts,
    error: presentError(run.error),
    output: parseJson(run.output),
    waiting_for_event: run.waitEvent,
    next_run_at: waiting ? toUnix(run.runAt) : null,
    created_at: toUnixRequired(run.createdAt),
    started_at: toUnix(run.startedAt),
    ended_at: toUnix(run.endedAt),
    updated_at: toUnixRequired(run.updatedAt),
  };
}

export function presentJobRunStep(step: JobRunStep) {
  const memo = parseJson(step.output) as { type?: string; data?: unknown; error?: string } | null;
  const failed = memo?.type === 'error';
  return {
    id: step.stepId,
    name: step.name,
    position: step.ordinal,
    status: failed ? ('failed' as const) : ('completed' as const),
    output: failed ? null : (memo?.data ?? null),
    error: failed ? presentError(JSON.stringify(memo?.error ?? null)) : null,
    created_at: toUnixRequired(step.createdAt),
  };
}
