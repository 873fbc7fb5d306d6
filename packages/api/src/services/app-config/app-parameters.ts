import { type App } from '@tessera/db';
import { type AppConfig } from '../../config';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { isObject, isPromptMode, normaliseModelConfig } from '../apps/model-config';
import { uploadConfig } from '../files/upload-limits';
import { type CallerAppRef, findCallerApp } from './caller-app';

const appUnavailable = () => errors.badRequest('app_unavailable', 'App unavailable, please check your app configurations.');

/**
 * Dify's `get_parameters_from_feature_dict` over a prompt app's configuration: its features, the
 * form in the old single-key structure, and the upload limits as system parameters. Workflow and
 * advanced-chat apps answer from a published workflow, and none is ever published yet.
 */
export function presentAppParameters(config: AppConfig, app: App) {
  if (!isPromptMode(app.mode) || !app.modelConfig) throw appUnavailable();
  const features = normaliseModelConfig(app.modelConfig);
  const limits = uploadConfig(config.upload);
  return {
    opening_statement: features.opening_statement,
    suggested_questions: features.suggested_questions.filter((question): question is string => typeof question === 'string'),
    suggested_questions_after_answer: features.suggested_questions_after_answer,
    speech_to_text: features.speech_to_text,
    text_to_speech: features.text_to_speech,
    retriever_resource: features.retriever_resource,
    annotation_reply: features.annotation_reply,
    more_like_this: features.more_like_this,
    user_input_form: features.user_input_form.filter(isObject),
    sensitive_word_avoidance: features.sensitive_word_avoidance,
    file_upload: features.file_upload,
    system_parameters: {
      image_file_size_limit: limits.image_file_size_limit,
      video_file_size_limit: limits.video_file_size_limit,
      audio_file_size_limit: limits.audio_file_size_limit,
      file_size_limit: limits.file_size_limit,
      workflow_file_upload_limit: limits.workflow_file_upload_limit,
    },
  };
}

/** `GET /v1/parameters`, `GET /api/parameters`, `GET /api/app/parameters`: for the caller's app. */
export async function callerAppParameters(deps: AppDeps, ref: CallerAppRef) {
  return presentAppParameters(deps.config, await findCallerApp(deps, ref));
}
