import { z } from 'zod';

export const PROMPT_ROLES = ['system', 'user', 'assistant'] as const;

export const ZChatPromptMessage = z
  .looseObject({ role: z.enum(PROMPT_ROLES), text: z.string(), edition_type: z.enum(['basic', 'jinja2']).optional() })
  .meta({ id: 'ChatPromptMessage' });

/** Expert mode for chat models: the role messages sent before the history and the query. */
export const ZChatPromptConfig = z
  .looseObject({ prompt: z.array(ZChatPromptMessage).optional() })
  .meta({ id: 'ChatPromptConfig' });
export type TChatPromptConfig = z.infer<typeof ZChatPromptConfig>;

/** Expert mode for completion models: one text with `{{#histories#}}` and `{{#query#}}` slots. */
export const ZCompletionPromptConfig = z
  .looseObject({
    prompt: z.looseObject({ text: z.string() }).optional(),
    conversation_histories_role: z
      .looseObject({ user_prefix: z.string(), assistant_prefix: z.string() })
      .optional(),
  })
  .meta({ id: 'CompletionPromptConfig' });
export type TCompletionPromptConfig = z.infer<typeof ZCompletionPromptConfig>;
