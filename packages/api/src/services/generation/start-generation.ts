import { moreLikeThisConfig, validateInputs } from '@tessera/app-engine';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { inputFileResolver } from '../app-files/input-file-resolver';
import { resolveRequestFiles } from '../app-files/resolve-request-files';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { assertAppDatasets } from '../app-retrieval/app-datasets';
import { effectiveConfig } from './app-config';
import { findOwnedConversation, loadHistory } from './conversation';
import { fileOwner, storedInputs } from './request-files';
import { openRun } from './open-run';
import { runGeneration } from './run-generation';
import { type GenerationRequest, type StartedGeneration } from './types';

/**
 * Starts answering a chat or completion request: everything that can be refused is checked first
 * (configuration, inputs, the model, the conversation, the app's concurrency limit) and answered
 * as an HTTP error; then the message is written while the run starts, and the run goes on in the
 * background, so a client that disconnects does not stop it. The caller streams the task's events or awaits `done`.
 */
export async function startGeneration(deps: AppDeps, request: GenerationRequest): Promise<StartedGeneration> {
  const { app } = request;
  if (app.mode === 'agent-chat' && request.responseMode === 'blocking') {
    throw errors.invalidParam('Agent Chat App does not support blocking mode');
  }
  const effective = await effectiveConfig(deps, app, request.modelConfigOverride);
  if (request.modelConfigOverride) {
    if (!request.operator) throw errors.notPermitted('forbidden', 'Only an operator may run an unsaved configuration.');
    await assertAppDatasets(deps, request.operator, app.mode, effective.config);
  }
  if (request.moreLikeThis && !effective.config.more_like_this.enabled) {
    throw errors.notPermitted('app_more_like_this_disabled', 'The \'More like this\' feature is disabled. Please refresh your page.');
  }
  const config = request.moreLikeThis ? moreLikeThisConfig(effective.config) : effective.config;
  const [target, conversation] = await Promise.all([
    resolveModelTarget(deps, app.workspaceId, { provider: config.model.provider, model: config.model.name, modelType: 'llm' }),
    request.conversationId ? findOwnedConversation(deps, app, request.owner, request.invokeFrom, request.conversationId) : undefined,
  ]);
  const owner = fileOwner(request);
  const modelFeatures = target.definition.features;
  const [inputs, files] = await Promise.all([
    validateInputs(config.user_input_form, request.inputs, { resolveFile: inputFileResolver(deps, { owner, modelFeatures }) }),
    resolveRequestFiles(deps, { fileUpload: config.file_upload, owner, files: request.files, modelFeatures }),
  ]);
  const history = conversation ? await loadHistory(deps, app, conversation.id) : [];
  const opened = openRun(deps, {
    request,
    conversation,
    inputs: storedInputs(inputs, app.workspaceId),
    files,
    appModelConfigId: effective.appModelConfigId,
    model: { provider: target.provider, name: target.model },
    maxActiveRequests: effective.maxActiveRequests,
  });
  // The limit is only sure once the run is counted; without one, the model call starts alongside the write.
  if (effective.maxActiveRequests) await opened.committed;
  const done = runGeneration(deps, { request, opened, isNewConversation: !conversation, config, target, inputs, files, history });
  // Streaming callers never await `done`; its failure is already in the stream and in the message.
  done.catch(() => undefined);
  return { taskId: opened.taskId, messageId: opened.messageId, conversationId: opened.conversationId, done };
}
