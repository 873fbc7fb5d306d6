import { errors } from '../../../errors';
import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { type PlainRoute } from '../../../http/surface';
import { assertChatApp, assertCompletionApp } from '../../../services/apps/app-mode-gates';
import { startMoreLikeThis } from '../../../services/generation/more-like-this';
import { startGeneration } from '../../../services/generation/start-generation';
import { ownsTask } from '../../../services/generation/task-access';
import { EVENTS_RESPONSES, GENERATION_RESPONSES } from '../../generation/generation-answers';
import { ZChatMessageBody, ZCompletionMessageBody, ZMessageParams, ZMoreLikeThisQuery, ZTaskParams } from '../../generation/generation-bodies';
import { lastEventId, readGenerationFields, relayTaskEvents, requireQuery, respondWithGeneration } from '../../generation/respond';

/** `POST /api/chat-messages`: the web app's chat, for the passport's end user. */
const chatMessagesRoute = definePlainRoute({
  method: 'POST',
  path: '/chat-messages',
  auth: 'passport',
  tags: ['Web app'],
  summary: 'Send a chat message from the web app',
  body: jsonBody(ZChatMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: passport, body }) {
    assertChatApp(passport.mode);
    const query = requireQuery(body.query);
    const { responseMode, conversationId } = readGenerationFields(body);
    const started = await startGeneration(ctx.deps, {
      app: passport,
      invokeFrom: 'web-app',
      owner: { kind: 'end_user', endUserId: passport.endUserId },
      query,
      inputs: body.inputs,
      files: body.files ?? [],
      conversationId,
      responseMode,
      autoGenerateName: body.auto_generate_name ?? true,
      parentMessageId: body.parent_message_id ?? null,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});

/** `POST /api/completion-messages`. */
const completionMessagesRoute = definePlainRoute({
  method: 'POST',
  path: '/completion-messages',
  auth: 'passport',
  tags: ['Web app'],
  summary: 'Send a completion request from the web app',
  body: jsonBody(ZCompletionMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: passport, body }) {
    assertCompletionApp(passport.mode, 'web');
    const { responseMode } = readGenerationFields(body);
    const started = await startGeneration(ctx.deps, {
      app: passport,
      invokeFrom: 'web-app',
      owner: { kind: 'end_user', endUserId: passport.endUserId },
      query: body.query ?? '',
      inputs: body.inputs,
      files: body.files ?? [],
      responseMode,
      autoGenerateName: false,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});

function eventsRoute(kind: 'chat-messages' | 'completion-messages'): PlainRoute {
  return definePlainRoute({
    method: 'GET',
    path: `/${kind}/{task_id}/events`,
    auth: 'passport',
    tags: ['Web app'],
    summary: 'Resume a streamed answer in the web app',
    description: "Replays the task's events after `Last-Event-ID` (or `?last_event_id`), then the live rest. Only the end user who started it may read it.",
    params: ZTaskParams,
    responses: EVENTS_RESPONSES,
    async handle({ ctx, caller: passport, params }) {
      const after = lastEventId(ctx);
      if (!(await ownsTask(ctx.deps, passport, { kind: 'end_user', endUserId: passport.endUserId }, params.task_id))) {
        throw errors.notFound('not_found', 'Task Not Exists.');
      }
      return relayTaskEvents(ctx, params.task_id, after);
    },
  });
}

/** `GET /api/messages/{message_id}/more-like-this`: another answer to one of the visitor's completions. */
const moreLikeThisRoute = definePlainRoute({
  method: 'GET',
  path: '/messages/{message_id}/more-like-this',
  auth: 'passport',
  tags: ['Web app'],
  summary: 'Another answer like this one',
  description: "Completion apps with `more_like_this` on (else 403 `app_more_like_this_disabled`): the message's inputs answered again with the temperature raised, as a new message.",
  params: ZMessageParams,
  query: ZMoreLikeThisQuery,
  responses: { ...GENERATION_RESPONSES, 403: { description: 'app_more_like_this_disabled' } },
  async handle({ ctx, caller: passport, params, query }) {
    assertCompletionApp(passport.mode, 'web');
    const responseMode = query.response_mode;
    const started = await startMoreLikeThis(ctx.deps, {
      app: passport,
      owner: { kind: 'end_user', endUserId: passport.endUserId },
      invokeFrom: 'web-app',
      messageId: params.message_id,
      responseMode,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});

export const webGenerationRoutes: PlainRoute[] = [
  chatMessagesRoute,
  completionMessagesRoute,
  eventsRoute('chat-messages'),
  eventsRoute('completion-messages'),
  moreLikeThisRoute,
];
