import { z } from 'zod';
import { errors } from '../../../../errors';
import { definePlainRoute, jsonBody } from '../../../../http/plain-route';
import { type PlainRoute } from '../../../../http/surface';
import { assertChatApp, assertCompletionApp } from '../../../../services/apps/app-mode-gates';
import { startMoreLikeThis } from '../../../../services/generation/more-like-this';
import { startGeneration } from '../../../../services/generation/start-generation';
import { ownsTask } from '../../../../services/generation/task-access';
import { EVENTS_RESPONSES, GENERATION_RESPONSES } from '../../../generation/generation-answers';
import { ZDebugChatMessageBody, ZDebugCompletionMessageBody, ZMoreLikeThisQuery } from '../../../generation/generation-bodies';
import { lastEventId, readGenerationFields, relayTaskEvents, requireQuery, respondWithGeneration } from '../../../generation/respond';
import { debugTarget } from './debug-app';

const ZAppParams = z.object({ app_id: z.string() });

/** `POST /console/api/apps/{app_id}/chat-messages`: the studio's debug pane, on the configuration it sends. */
const debugChatRoute = definePlainRoute({
  method: 'POST',
  path: '/apps/{app_id}/chat-messages',
  auth: 'console',
  tags: ['App debugging'],
  summary: "Run the app's (unsaved) configuration in the debugger",
  description: 'Runs `model_config` when sent, else the saved configuration. Conversations are the operator’s own and show as console runs in the logs.',
  params: ZAppParams,
  body: jsonBody(ZDebugChatMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: actor, params, body }) {
    const { app, owner } = await debugTarget(ctx.deps, actor, params.app_id);
    assertChatApp(app.mode);
    const query = requireQuery(body.query);
    const { responseMode, conversationId } = readGenerationFields(body);
    const started = await startGeneration(ctx.deps, {
      app,
      invokeFrom: 'debugger',
      owner,
      query,
      inputs: body.inputs,
      files: body.files ?? [],
      conversationId,
      responseMode,
      autoGenerateName: body.auto_generate_name ?? true,
      modelConfigOverride: body.model_config,
      operator: actor,
      parentMessageId: body.parent_message_id ?? null,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});

/** `POST /console/api/apps/{app_id}/completion-messages`. */
const debugCompletionRoute = definePlainRoute({
  method: 'POST',
  path: '/apps/{app_id}/completion-messages',
  auth: 'console',
  tags: ['App debugging'],
  summary: "Run a completion app's (unsaved) configuration in the debugger",
  params: ZAppParams,
  body: jsonBody(ZDebugCompletionMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: actor, params, body }) {
    const { app, owner } = await debugTarget(ctx.deps, actor, params.app_id);
    assertCompletionApp(app.mode, 'console');
    const { responseMode } = readGenerationFields(body);
    const started = await startGeneration(ctx.deps, {
      app,
      invokeFrom: 'debugger',
      owner,
      query: body.query ?? '',
      inputs: body.inputs,
      files: body.files ?? [],
      responseMode,
      autoGenerateName: false,
      modelConfigOverride: body.model_config,
      operator: actor,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});

function debugEventsRoute(kind: 'chat-messages' | 'completion-messages'): PlainRoute {
  return definePlainRoute({
    method: 'GET',
    path: `/apps/{app_id}/${kind}/{task_id}/events`,
    auth: 'console',
    tags: ['App debugging'],
    summary: 'Resume a debug answer',
    description: "Replays the task's events after `Last-Event-ID` (or `?last_event_id`), then the live rest. Only the operator who started it may read it.",
    params: z.object({ app_id: z.string(), task_id: z.string() }),
    responses: EVENTS_RESPONSES,
    async handle({ ctx, caller: actor, params }) {
      const after = lastEventId(ctx);
      const { app, owner } = await debugTarget(ctx.deps, actor, params.app_id);
      if (!(await ownsTask(ctx.deps, app, owner, params.task_id))) throw errors.notFound('not_found', 'Task Not Exists.');
      return relayTaskEvents(ctx, params.task_id, after);
    },
  });
}

/** `GET /console/api/apps/{app_id}/completion-messages/{message_id}/more-like-this` in the debugger. */
const debugMoreLikeThisRoute = definePlainRoute({
  method: 'GET',
  path: '/apps/{app_id}/completion-messages/{message_id}/more-like-this',
  auth: 'console',
  tags: ['App debugging'],
  summary: 'Another answer like this debug answer',
  params: z.object({ app_id: z.string(), message_id: z.string() }),
  query: ZMoreLikeThisQuery,
  responses: { ...GENERATION_RESPONSES, 403: { description: 'app_more_like_this_disabled, or a role that may not debug' } },
  async handle({ ctx, caller: actor, params, query }) {
    const { app, owner } = await debugTarget(ctx.deps, actor, params.app_id);
    assertCompletionApp(app.mode, 'console');
    const started = await startMoreLikeThis(ctx.deps, { app, owner, invokeFrom: 'debugger', messageId: params.message_id, responseMode: query.response_mode });
    return respondWithGeneration(ctx, started, query.response_mode);
  },
});

export const debugGenerationRoutes: PlainRoute[] = [
  debugChatRoute,
  debugCompletionRoute,
  debugEventsRoute('chat-messages'),
  debugEventsRoute('completion-messages'),
  debugMoreLikeThisRoute,
];
