import { z } from 'zod';

export const ZCompletionParams = z
  .looseObject({ stop: z.array(z.string()).optional() })
  .catchall(z.unknown())
  .meta({ id: 'CompletionParams' });

/** The model a prompt app calls; `mode` decides whether the prompt is role messages or one text. */
export const ZAppModel = z
  .looseObject({
    provider: z.string(),
    name: z.string(),
    mode: z.enum(['chat', 'completion']),
    completion_params: ZCompletionParams,
  })
  .meta({ id: 'AppModel' });
export type TAppModel = z.infer<typeof ZAppModel>;
