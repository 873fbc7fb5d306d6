import { z } from 'zod';
import { zBool, zId } from '../../../validation';

/** `user` as the Service API reads it: a string naming the end user within the key's app. */
export const zUser = z.string().optional();

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
