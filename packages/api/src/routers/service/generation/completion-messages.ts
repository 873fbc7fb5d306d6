import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { assertCompletionApp } from '../../../services/apps/app-mode-gates';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { startGeneration } from '../../../services/generation/start-generation';
import { GENERATION_RESPONSES } from '../../generation/generation-answers';
import { ZServiceCompletionMessageBody } from '../../generation/generation-bodies';
import { readGenerationFields, respondWithGeneration } from '../../generation/respond';
import { requireUser } from './service-user';

/** `POST /v1/completion-messages`: a completion app's answer, blocking or streamed. */
export const completionMessagesRoute = definePlainRoute({
  method: 'POST',
  path: '/completion-messages',
  auth: 'appKey',
  tags: ['Completion'],
  summary: 'Send a completion request',
  description:
    'Completion apps only (others: `app_unavailable`). A missing `response_mode` is blocking. A dropped stream resumes at `GET /completion-messages/{task_id}/events`.',
  body: jsonBody(ZServiceCompletionMessageBody),
  responses: GENERATION_RESPONSES,
  async handle({ ctx, caller: app, body }) {
    assertCompletionApp(app.mode, 'service');
    const user = requireUser(body.user);
    const { responseMode } = readGenerationFields(body);
    const endUser = await serviceApiEndUser(ctx.deps, app, user);
    const started = await startGeneration(ctx.deps, {
      app,
      invokeFrom: 'service-api',
      owner: { kind: 'end_user', endUserId: endUser.id },
      query: body.query ?? '',
      inputs: body.inputs,
      files: body.files ?? [],
      responseMode,
      autoGenerateName: false,
    });
    return respondWithGeneration(ctx, started, responseMode);
  },
});
