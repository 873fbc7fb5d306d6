import { z } from 'zod';
import { FILE_TYPES, TRANSFER_METHODS } from './user-input-form';

const enabledFlag = <T extends z.ZodRawShape>(extra: T) => z.looseObject({ enabled: z.boolean(), ...extra });

export const ZSuggestedQuestionsAfterAnswer = enabledFlag({}).meta({ id: 'SuggestedQuestionsAfterAnswerConfig' });
export const ZSpeechToText = enabledFlag({}).meta({ id: 'SpeechToTextConfig' });
export const ZRetrieverResource = enabledFlag({}).meta({ id: 'RetrieverResourceConfig' });
export const ZMoreLikeThis = enabledFlag({}).meta({ id: 'MoreLikeThisConfig' });

export const ZTextToSpeech = enabledFlag({
  voice: z.string().optional(),
  language: z.string().optional(),
  autoPlay: z.enum(['enabled', 'disabled']).optional(),
}).meta({ id: 'TextToSpeechConfig' });

export const ZAnnotationReply = enabledFlag({
  id: z.string().optional(),
  score_threshold: z.number().optional(),
  embedding_model: z
    .object({ embedding_provider_name: z.string(), embedding_model_name: z.string() })
    .optional(),
}).meta({ id: 'AnnotationReplyConfig' });

const ZModerationSide = z.looseObject({ enabled: z.boolean(), preset_response: z.string().optional() });

/** Settings of the built-in moderation types; api-based extensions add `api_based_extension_id`. */
export const ZModerationSettings = z
  .looseObject({
    keywords: z.string().optional(),
    api_based_extension_id: z.string().optional(),
    inputs_config: ZModerationSide.optional(),
    outputs_config: ZModerationSide.optional(),
  })
  .meta({ id: 'ModerationSettings' });
export type TModerationSettings = z.infer<typeof ZModerationSettings>;

/** `config` holds the settings; `configs` is the empty list Dify's defaults carry and is kept for round trips. */
export const ZSensitiveWordAvoidance = enabledFlag({
  type: z.string().optional(),
  config: ZModerationSettings.optional(),
  configs: z.array(z.unknown()).optional(),
}).meta({ id: 'SensitiveWordAvoidanceConfig' });
export type TSensitiveWordAvoidance = z.infer<typeof ZSensitiveWordAvoidance>;

export const ZImageUpload = z
  .looseObject({
    enabled: z.boolean(),
    number_limits: z.number().int().optional(),
    detail: z.enum(['high', 'low']).optional(),
    transfer_methods: z.array(z.enum(TRANSFER_METHODS)).optional(),
  })
  .meta({ id: 'ImageUploadConfig' });

export const ZFileUpload = z
  .looseObject({
    enabled: z.boolean().optional(),
    image: ZImageUpload.optional(),
    allowed_file_types: z.array(z.enum(FILE_TYPES)).optional(),
    allowed_file_extensions: z.array(z.string()).optional(),
    allowed_file_upload_methods: z.array(z.enum(TRANSFER_METHODS)).optional(),
    number_limits: z.number().int().optional(),
    fileUploadConfig: z.record(z.string(), z.number()).optional(),
  })
  .meta({ id: 'FileUploadConfig' });
export type TFileUpload = z.infer<typeof ZFileUpload>;
