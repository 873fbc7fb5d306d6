import { z } from 'zod';
import { zPageOf } from '../paging';
import { zTimestamp } from '../validation';

/** Dify's `annotation_fields`. */
export const ZAnnotation = z
  .object({ id: z.string(), question: z.string(), answer: z.string(), hit_count: z.number().int(), created_at: zTimestamp })
  .meta({ id: 'Annotation' });

export const ZAnnotationPage = zPageOf(ZAnnotation).meta({ id: 'AnnotationPage' });

export const ZAnnotationText = { question: z.string(), answer: z.string() };

/** Enable and disable both take the full settings, as Dify requires. */
export const ZReplySettingsBody = {
  score_threshold: z.number(),
  embedding_provider_name: z.string(),
  embedding_model_name: z.string(),
};

export const zReplyAction = z.enum(['enable', 'disable']);

export const ZJobStarted = z.object({ job_id: z.string(), job_status: z.enum(['waiting', 'processing']) }).meta({ id: 'AnnotationJobStarted' });

export const ZJobStatus = z
  .object({ job_id: z.string(), job_status: z.enum(['waiting', 'processing', 'completed', 'error']), error_msg: z.string() })
  .meta({ id: 'AnnotationJobStatus' });
