import { z } from 'zod';
import { ZAgentMode } from './agent-mode';
import { ZDatasetConfigs } from './dataset-configs';
import {
  ZAnnotationReply,
  ZFileUpload,
  ZMoreLikeThis,
  ZRetrieverResource,
  ZSensitiveWordAvoidance,
  ZSpeechToText,
  ZSuggestedQuestionsAfterAnswer,
  ZTextToSpeech,
} from './features';
import { ZAppModel } from './model';
import { ZChatPromptConfig, ZCompletionPromptConfig } from './prompt-config';
import { ZUserInputForm } from './user-input-form';

export const PROMPT_APP_MODES = ['chat', 'completion', 'agent-chat'] as const;
export type PromptAppMode = (typeof PROMPT_APP_MODES)[number];

export const ZExternalDataTool = z
  .looseObject({
    enabled: z.boolean().optional(),
    variable: z.string().optional(),
    type: z.string().optional(),
    config: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'ExternalDataTool' });

/**
 * A prompt app's model_config in full, as `GET /console/api/apps/{app_id}/model-config` answers it and as DSL
 * files carry it (Dify's AppModelConfig.to_dict keys).
 */
export const ZModelConfig = z
  .object({
    opening_statement: z.string().nullable(),
    suggested_questions: z.array(z.string()),
    suggested_questions_after_answer: ZSuggestedQuestionsAfterAnswer,
    speech_to_text: ZSpeechToText,
    text_to_speech: ZTextToSpeech,
    retriever_resource: ZRetrieverResource,
    annotation_reply: ZAnnotationReply,
    more_like_this: ZMoreLikeThis,
    sensitive_word_avoidance: ZSensitiveWordAvoidance,
    external_data_tools: z.array(ZExternalDataTool),
    model: ZAppModel,
    user_input_form: ZUserInputForm,
    dataset_query_variable: z.string().nullable(),
    pre_prompt: z.string(),
    agent_mode: ZAgentMode,
    prompt_type: z.enum(['simple', 'advanced']),
    chat_prompt_config: ZChatPromptConfig,
    completion_prompt_config: ZCompletionPromptConfig,
    dataset_configs: ZDatasetConfigs,
    file_upload: ZFileUpload,
  })
  .meta({ id: 'ModelConfig' });
export type TModelConfig = z.infer<typeof ZModelConfig>;

/**
 * What the console saves and what older DSL files hold: any key may be missing or null; the normaliser fills
 * Dify's defaults in.
 */
export const ZModelConfigInput = z
  .looseObject(
    Object.fromEntries(Object.entries(ZModelConfig.shape).map(([key, schema]) => [key, schema.nullable().optional()])) as {
      [K in keyof typeof ZModelConfig.shape]: z.ZodOptional<z.ZodNullable<(typeof ZModelConfig.shape)[K]>>;
    },
  )
  .meta({ id: 'ModelConfigInput' });
export type TModelConfigInput = z.infer<typeof ZModelConfigInput>;
