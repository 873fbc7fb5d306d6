import { z } from 'zod';
import { APP_MODES, ICON_TYPES, TAG_TYPES } from '@tessera/db';
import { zId, zTimestamp } from '../../../validation';

/** Path input shared by every `/apps/{app_id}…` route. */
export const ZAppIdInput = z.object({ app_id: zId });

export const zIconType = z.enum(ICON_TYPES);

export const zAppName = z.string().min(1).max(255);
export const zDescription = z.string().max(400);
export const zIcon = z.string().max(2048);
export const zIconBackground = z.string().max(64);

const zRaw = z.record(z.string(), z.unknown());
const zStamps = {
  created_by: z.string().nullable(),
  created_at: zTimestamp,
  updated_by: z.string().nullable(),
  updated_at: zTimestamp,
};

export const ZTagRef = z.object({ id: z.string(), name: z.string(), type: z.enum(TAG_TYPES) });

const ZWorkflowPartial = z.object({ id: z.string(), ...zStamps }).nullable();

/** Dify's `model_config_fields`: every `AppModelConfig.to_dict()` key plus who changed it when. */
export const ZModelConfig = z
  .object({
    opening_statement: z.string(),
    suggested_questions: z.array(z.unknown()),
    suggested_questions_after_answer: zRaw,
    speech_to_text: zRaw,
    text_to_speech: zRaw,
    retriever_resource: zRaw,
    annotation_reply: zRaw,
    more_like_this: zRaw,
    sensitive_word_avoidance: zRaw,
    external_data_tools: z.array(z.unknown()),
    model: zRaw,
    user_input_form: z.array(z.unknown()),
    dataset_query_variable: z.string(),
    pre_prompt: z.string(),
    agent_mode: zRaw,
    prompt_type: z.string(),
    chat_prompt_config: zRaw,
    completion_prompt_config: zRaw,
    dataset_configs: zRaw,
    file_upload: zRaw,
    ...zStamps,
  })
  .meta({ id: 'ModelConfig' });

export const ZAppPartial = z
  .object({
    id: z.string(),
    name: z.string(),
    max_active_requests: z.number().int().nullable(),
    description: z.string(),
    mode: z.enum(APP_MODES),
    icon_type: zIconType,
    icon: z.string(),
    icon_background: z.string(),
    icon_url: z.string().nullable(),
    model_config: z.object({ model: zRaw, pre_prompt: z.string(), ...zStamps }).nullable(),
    workflow: ZWorkflowPartial,
    use_icon_as_answer_icon: z.boolean(),
    ...zStamps,
    tags: z.array(ZTagRef),
    access_mode: z.string().nullable(),
    create_user_name: z.string().nullable(),
    author_name: z.string().nullable(),
    has_draft_trigger: z.boolean(),
  })
  .meta({ id: 'AppPartial' });

const appDetailShape = {
  id: z.string(),
  name: z.string(),
  description: z.string(),
  mode: z.enum(APP_MODES),
  icon: z.string(),
  icon_background: z.string(),
  enable_site: z.boolean(),
  enable_api: z.boolean(),
  model_config: ZModelConfig.nullable(),
  workflow: ZWorkflowPartial,
  tracing: z.unknown().nullable(),
  use_icon_as_answer_icon: z.boolean(),
  ...zStamps,
  access_mode: z.string().nullable(),
  tags: z.array(ZTagRef),
};

export const ZAppDetail = z.object(appDetailShape).meta({ id: 'AppDetail' });

export const ZSite = z
  .object({
    access_token: z.string(),
    code: z.string(),
    title: z.string(),
    icon_type: zIconType.nullable(),
    icon: z.string().nullable(),
    icon_background: z.string().nullable(),
    icon_url: z.string().nullable(),
    description: z.string().nullable(),
    default_language: z.string(),
    chat_color_theme: z.string().nullable(),
    chat_color_theme_inverted: z.boolean(),
    customize_domain: z.string().nullable(),
    copyright: z.string().nullable(),
    privacy_policy: z.string().nullable(),
    custom_disclaimer: z.string(),
    customize_token_strategy: z.string(),
    prompt_public: z.boolean(),
    app_base_url: z.string(),
    show_workflow_steps: z.boolean(),
    use_icon_as_answer_icon: z.boolean(),
    ...zStamps,
  })
  .meta({ id: 'ConsoleAppSite' });

export const ZAppDetailWithSite = z
  .object({
    ...appDetailShape,
    icon_type: zIconType,
    icon_url: z.string().nullable(),
    api_base_url: z.string(),
    max_active_requests: z.number().int().nullable(),
    deleted_tools: z.array(z.object({ type: z.string(), tool_name: z.string(), provider_id: z.string() })),
    site: ZSite.nullable(),
  })
  .meta({ id: 'AppDetailWithSite' });
