import { z } from 'zod';

/** Dify's feedback body: like, dislike, or null to take the feedback back; `content` is an optional comment. */
export const feedbackFields = {
  rating: z.enum(['like', 'dislike']).nullable().default(null),
  content: z.string().nullable().optional(),
};
