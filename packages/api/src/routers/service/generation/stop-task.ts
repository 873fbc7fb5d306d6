import { appKeyProcedure } from '../../../auth/app-key';
import { assertChatApp, assertCompletionApp } from '../../../services/apps/app-mode-gates';
import { serviceApiEndUser } from '../../../services/end-users/end-users';
import { stopOwnTask } from '../../../services/generation/task-access';
import { requireUser } from './service-user';
import { stopChatMessageMeta, stopCompletionMessageMeta, ZStopTaskRequest, ZStopTaskResponse } from './stop-task.types';

const stopFor = (gate: (mode: Parameters<typeof assertChatApp>[0]) => void, meta: typeof stopChatMessageMeta) =>
  appKeyProcedure
    .meta(meta)
    .input(ZStopTaskRequest)
    .output(ZStopTaskResponse)
    .mutation(async ({ ctx, input }) => {
      gate(ctx.app.mode);
      const endUser = await serviceApiEndUser(ctx.deps, ctx.app, requireUser(input.user));
      await stopOwnTask(ctx.deps, ctx.app, { kind: 'end_user', endUserId: endUser.id }, input.task_id);
      return { result: 'success' as const };
    });

export const stopChatMessageProcedure = stopFor(assertChatApp, stopChatMessageMeta);
export const stopCompletionMessageProcedure = stopFor((mode) => assertCompletionApp(mode, 'service'), stopCompletionMessageMeta);
