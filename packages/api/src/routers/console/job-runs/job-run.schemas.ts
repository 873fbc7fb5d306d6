import { z } from 'zod';
import { zId, zTimestamp } from '../../../validation';

export const JOB_RUN_STATUSES = ['queued', 'running', 'sleeping', 'completed', 'failed', 'cancelled'] as const;

const ZJobError = z.object({ name: z.string(), message: z.string() }).nullable();

export const ZJobRun = z
  .object({
    id: z.string(),
    function_id: z.string(),
    event_name: z.string(),
    status: z.enum(JOB_RUN_STATUSES),
    attempt: z.number().int().meta({ description: 'Attempt of the current step, from 0' }),
    max_attempts: z.number().int(),
    error: ZJobError.meta({ description: 'The last error (a retry is pending while the run is queued)' }),
    output: z.unknown().meta({ description: "The function's return value once completed" }),
    waiting_for_event: z.string().nullable(),
    next_run_at: zTimestamp.nullable().meta({ description: 'When a queued or sleeping run is due' }),
    created_at: zTimestamp,
    started_at: zTimestamp.nullable(),
    ended_at: zTimestamp.nullable(),
    updated_at: zTimestamp,
  })
  .meta({ id: 'JobRun' });

export const ZJobRunStep = z.object({
  id: z.string(),
  name: z.string().nullable(),
  position: z.number().int(),
  status: z.enum(['completed', 'failed']),
  output: z.unknown(),
  error: ZJobError,
  created_at: zTimestamp,
});

export const ZJobRunDetail = ZJobRun.extend({
  event: z.object({ id: z.string(), name: z.string(), data: z.record(z.string(), z.unknown()), ts: z.number() }),
  steps: z.array(ZJobRunStep),
}).meta({ id: 'JobRunDetail' });

export const ZJobRunIdInput = z.object({ run_id: zId });
