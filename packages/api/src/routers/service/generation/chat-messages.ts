import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { assertChatApp } from '../../../services/apps/app-mode-gates';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { startGeneration } from '../../../services/generation/start-generation';
import { GENERATION_RESPONSES } from '../../generation/generation-answers';
import { ZServiceChatMessageBody } from '../../generation/generation-bodies';
import { readGenerationFields, requireQuery, respondWithGeneration } from '../../generation/respond';
import { requireUser } from './service-user';

/** `POST /v1/chat-messages`: blocking JSON or an event stream, since the answer may stream. */
export const chatMessagesRoute = definePlainRoute({
  method: 'POST',
  path: '/chat-messages',
  auth: 'appKey',
  tags: ['Chat'],
  summary: 'Send a chat message',
  description:
    'Chat, agent-chat (streaming only) and advanced-chat apps. A missing `response_mode` is blocking. Every streamed event has an `id:` line; a dropped stream resumes at `GET /chat-messages/{task_id}/events`.',
  body: jsonBody(ZServiceChatMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: app, body }) {
    assertChatApp(app.mode);
    const user = requireUser(body.user);
    const query = requireQuery(body.query);
    const { responseMode, conversationId } = readGenerationFields(body);
    const endUser = await serviceApiEndUser(ctx.deps, app, user);
    const started = await startGeneration(ctx.deps, {
      app,
      invokeFrom: 'service-api',
      owner: { kind: 'end_user', endUserId: endUser.id },
      query,
      inputs: body.inputs,
      files: body.files ?? [],
      conversationId,
      responseMode,
      autoGenerateName: body.auto_generate_name ?? true,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});
