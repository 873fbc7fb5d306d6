import { z } from 'zod';

/** A feature switch and its settings, stored as the console saved it. */
const zFeature = z.record(z.string(), z.unknown());

/** Dify's `/parameters` answer, the same on the Service API and the web app. */
export const ZAppParameters = z
  .object({
    opening_statement: z.string().nullable(),
    suggested_questions: z.array(z.string()),
    suggested_questions_after_answer: zFeature,
    speech_to_text: zFeature,
    text_to_speech: zFeature,
    retriever_resource: zFeature,
    annotation_reply: zFeature,
    more_like_this: zFeature,
    user_input_form: z
      .array(z.record(z.string(), z.unknown()))
      .describe('Single-key objects: the key is the variable type (`text-input`, `paragraph`, `select`, …), the value the field'),
    sensitive_word_avoidance: zFeature,
    file_upload: zFeature,
    system_parameters: z.object({
      image_file_size_limit: z.number().int(),
      video_file_size_limit: z.number().int(),
      audio_file_size_limit: z.number().int(),
      file_size_limit: z.number().int(),
      workflow_file_upload_limit: z.number().int(),
    }),
  })
  .meta({ id: 'AppParameters' });

/** Dify's `/meta` answer: each agent tool's icon, a URL or an emoji on a background. */
export const ZAppMeta = z
  .object({
    tool_icons: z.record(z.string(), z.union([z.string(), z.object({ background: z.string(), content: z.string() })])),
  })
  .meta({ id: 'AppMeta' });

export const PARAMETERS_DESCRIPTION =
  "The app's features, input form (Dify's single-key structure) and upload limits. Workflow and advanced-chat apps " +
  'answer from a published workflow; without one they are 400 `app_unavailable`.';

export const META_DESCRIPTION = "Icons of the agent's tools by tool name: built-in tools link to the console's icon route.";
