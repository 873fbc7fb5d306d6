import { z } from 'zod';
import { zBool, zId } from '../validation';

/** Inputs the Service API and the web app share for an end user's conversations and messages. */

export const ZConversationPath = z.object({ conversation_id: zId });

/** Dify's rename body: a name, or `auto_generate` to have one made from the first question. */
export const renameFields = {
  name: z.string().nullable().optional(),
  auto_generate: zBool.default(false),
};

export const nameUnlessGenerated = [
  (body: { name?: string | null; auto_generate: boolean }) => body.auto_generate || Boolean(body.name?.trim()),
  { message: 'name is required when auto_generate is false' },
] as const;

/** Dify's feedback body: like, dislike, or null to take the feedback back; `content` is an optional comment. */
export const feedbackFields = {
  rating: z.enum(['like', 'dislike']).nullable().default(null),
  content: z.string().nullable().optional(),
};
