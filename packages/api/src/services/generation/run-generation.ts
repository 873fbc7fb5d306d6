import { performance } from 'node:perf_hooks';
import {
  emptyUsage,
  type Emit,
  type HistoryTurn,
  type PromptAppMode,
  type PromptFile,
  type RunOutcome,
  runPromptApp,
  type TModelConfig,
} from '@tessera/app-engine';
import { type ModelTarget, type UsageCaller } from '@tessera/model-runtime';
import { type AppDeps } from '../../deps';
import { annotationReplyMetadata, matchAnnotationReply } from '../annotations';
import { resolveModelTarget } from '../model-providers/model-resolver';
import { type AnswerMetadata, numericUsage, streamEvents, trimResource } from './events';
import { nameConversation } from './name-conversation';
import { type OpenedRun } from './open-run';
import { saveAnswer } from './save-answer';
import { agentToolRegistry } from '../tools/tool-registry';
import { speakAnswer } from './speak-answer';
import { type RunKnowledge, runKnowledge } from './knowledge';
import { taskAccess } from './task-access';
import { type GenerationRequest } from './types';

export interface RunPlan {
  request: GenerationRequest;
  opened: OpenedRun;
  isNewConversation: boolean;
  config: TModelConfig;
  target: ModelTarget;
  inputs: Record<string, unknown>;
  files: PromptFile[];
  history: HistoryTurn[];
}

/**
 * Runs one answer to its end, whoever is listening: events go to the stream hub (numbered, kept,
 * readable from anywhere), the answer and its cost to the message row, and a stop request from any
 * instance aborts the model call and keeps the partial answer. Resolves with Dify's blocking answer;
 * rejects with the failure, which a blocking caller answers as an HTTP error.
 */
export async function runGeneration(deps: AppDeps, plan: RunPlan): Promise<Record<string, unknown>> {
  const { request, opened } = plan;
  const { app, owner } = request;
  const task = deps.streams.start(opened.taskId, opened.committed, taskAccess(app, owner));
  const events = streamEvents({
    taskId: opened.taskId,
    messageId: opened.messageId,
    conversationId: opened.conversationId,
    createdAt: opened.createdAt,
    isCompletion: app.mode === 'completion',
    invokeFrom: request.invokeFrom,
  });
  const caller: UsageCaller = {
    workspaceId: app.workspaceId,
    type: 'app',
    id: app.appId,
    userId: owner.kind === 'end_user' ? owner.endUserId : owner.accountId,
  };
  const started = performance.now();
  let firstToken: number | null = null;
  const emit: Emit = (event) => {
    if (firstToken === null && (event.type === 'message' || event.type === 'agent_message')) firstToken = performance.now();
    if (event.type === 'message') task.emit(events.message(event.delta));
    else if (event.type === 'agent_message') task.emit(events.agentMessage(event.delta));
    else if (event.type === 'agent_thought') task.emit(events.agentThought(event.thought));
    else task.emit(events.messageReplace(event.answer, event.reason));
    // The rows go to the database once the client has its first event.
    opened.write();
  };
  const seconds = (to: number | null) => (to === null ? null : (to - started) / 1000);
  const base = { messageId: opened.messageId, conversationId: opened.conversationId, owner };

  let outcome: RunOutcome;
  let annotationReply: AnswerMetadata['annotationReply'] = null;
  let knowledge: RunKnowledge | undefined;
  try {
    const asker = owner.kind === 'end_user' ? { endUserId: owner.endUserId } : { accountId: owner.accountId };
    const match = await matchAnnotationReply(deps, app, request.query, { ...asker, messageId: opened.messageId });
    if (match) {
      // An operator's answer stands in for the model's: no model call, the annotation in message_end.
      annotationReply = annotationReplyMetadata(match);
      emit({ type: app.mode === 'agent-chat' ? 'agent_message' : 'message', delta: match.annotation.answer });
      outcome = { answer: match.annotation.answer, usage: emptyUsage(), promptMessages: [], agentThoughts: [], stopped: false };
    } else {
      outcome = await runPromptApp(
        {
          mode: app.mode as PromptAppMode,
          config: plan.config,
          model: plan.target,
          inputs: plan.inputs,
          query: request.query,
          files: plan.files,
          history: plan.history,
          caller,
          signal: task.signal,
        },
        {
          models: deps.models,
          resolveModel: (provider, model, modelType) => resolveModelTarget(deps, app.workspaceId, { provider, model, modelType }),
          tools: agentToolRegistry(deps.config),
          now: deps.now,
          knowledge: async () => {
            knowledge = await runKnowledge(deps, plan);
            return { context: knowledge.context, extraTools: knowledge.tools };
          },
        },
        emit,
      );
    }
    // The answer is written over the message row, which must exist by now.
    opened.write();
    await opened.committed;
  } catch (thrown) {
    // A run whose rows could not be written was aborted for that reason: report it, save nothing.
    opened.write();
    const rowsError = await opened.committed.then(() => undefined, (error: unknown) => error ?? new Error('run not opened'));
    const error = rowsError ?? thrown;
    if (rowsError) deps.logger.error('run not opened', { error: rowsError instanceof Error ? rowsError.message : String(rowsError) });
    const metadata: AnswerMetadata = { usage: emptyUsage(), retrieverResources: [], annotationReply: null };
    const errorEvent = events.error(error);
    if (!rowsError) {
      await saveAnswer(deps, {
        ...base,
        answer: '',
        status: 'error',
        error: String(errorEvent.message),
        usage: metadata.usage,
        promptMessages: [],
        agentThoughts: [],
        metadata,
        latency: seconds(performance.now())!,
        timeToFirstToken: seconds(firstToken),
      }).catch((saveError: unknown) => deps.logger.error('failed answer not saved', { error: String(saveError) }));
    }
    task.emit(errorEvent);
    await task.finish('failed');
    throw error;
  }

  const retrieverResources = knowledge?.resources(opened.messageId, opened.createdAt) ?? [];
  const metadata: AnswerMetadata = { usage: outcome.usage, retrieverResources, annotationReply };
  await saveAnswer(deps, {
    ...base,
    answer: outcome.answer,
    status: outcome.stopped ? 'stopped' : 'normal',
    usage: outcome.usage,
    promptMessages: outcome.promptMessages,
    agentThoughts: outcome.agentThoughts,
    metadata,
    latency: seconds(performance.now())!,
    timeToFirstToken: seconds(firstToken),
  });
  task.emit(events.messageEnd(metadata));
  if (!outcome.stopped && plan.config.text_to_speech.enabled && plan.config.text_to_speech.autoPlay === 'enabled') {
    await speakAnswer(deps, { workspaceId: app.workspaceId, caller, config: plan.config, answer: outcome.answer }, (audio) =>
      task.emit(events.ttsMessage(audio)),
    );
    task.emit(events.ttsMessageEnd());
  }
  await task.finish(outcome.stopped ? 'stopped' : 'succeeded');
  if (plan.isNewConversation && request.autoGenerateName && app.mode !== 'completion') {
    void nameConversation(deps, { app, conversationId: opened.conversationId, query: request.query, caller, fallbackTarget: plan.target });
  }
  return {
    event: 'message',
    task_id: opened.taskId,
    id: opened.messageId,
    message_id: opened.messageId,
    ...(app.mode === 'completion' ? {} : { conversation_id: opened.conversationId }),
    mode: app.mode,
    answer: outcome.answer,
    metadata:
      request.invokeFrom === 'web-app'
        ? { retriever_resources: retrieverResources.map(trimResource) }
        : { annotation_reply: annotationReply, retriever_resources: retrieverResources, usage: numericUsage(outcome.usage) },
    created_at: Math.floor(opened.createdAt.getTime() / 1000),
  };
}
