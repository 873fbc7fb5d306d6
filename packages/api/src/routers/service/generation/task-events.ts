import { z } from 'zod';
import { errors } from '../../../errors';
import { definePlainRoute } from '../../../http/plain-route';
import { type PlainRoute } from '../../../http/surface';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { ownsTask } from '../../../services/generation/task-access';
import { EVENTS_RESPONSES } from '../../generation/generation-answers';
import { ZTaskParams } from '../../generation/generation-bodies';
import { lastEventId, relayTaskEvents } from '../../generation/respond';

const ZEventsQuery = z.object({
  user: z.string().optional().describe('The end user who started the task'),
  last_event_id: z.string().optional().describe('Resume after this event (or send the `Last-Event-ID` header)'),
});

function eventsRoute(kind: 'chat-messages' | 'completion-messages'): PlainRoute {
  return definePlainRoute({
    method: 'GET',
    path: `/${kind}/{task_id}/events`,
    auth: 'appKey',
    tags: [kind === 'chat-messages' ? 'Chat' : 'Completion'],
    summary: 'Resume a streamed answer',
    description:
      "Replays the task's events after `Last-Event-ID` (or `?last_event_id`), in order, then the live rest, and closes after the last one. Only the end user who started the task may read it; events are kept for at least ten minutes after the task ends.",
    params: ZTaskParams,
    query: ZEventsQuery,
    responses: EVENTS_RESPONSES,
    async handle({ ctx, caller: app, params, query }) {
      const after = lastEventId(ctx);
      const endUser = await serviceApiEndUser(ctx.deps, app, query.user);
      if (!(await ownsTask(ctx.deps, app, { kind: 'end_user', endUserId: endUser.id }, params.task_id))) {
        throw errors.notFound('not_found', 'Task Not Exists.');
      }
      return relayTaskEvents(ctx, params.task_id, after);
    },
  });
}

export const taskEventsRoutes: PlainRoute[] = [eventsRoute('chat-messages'), eventsRoute('completion-messages')];
