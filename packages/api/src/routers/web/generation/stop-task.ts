import { z } from 'zod';
import { assertChatApp, assertCompletionApp } from '../../../services/apps/app-mode-gates';
import { stopOwnTask } from '../../../services/generation/task-access';
import { RESULT_SUCCESS } from '../../../validation';
import { route } from '../../meta';
import { passportProcedure } from '../passport-procedure';

const description = 'Stops the answer within a second, wherever it runs; the partial answer is kept. Always answers success.';

const stopFor = (gate: (mode: Parameters<typeof assertChatApp>[0]) => void, path: `/${string}`, summary: string) =>
  passportProcedure
    .meta(route({ method: 'POST', path, tags: ['Web app'], summary, description }))
    .input(z.object({ task_id: z.string() }))
    .output(RESULT_SUCCESS)
    .mutation(async ({ ctx, input }) => {
      gate(ctx.passport.mode);
      await stopOwnTask(ctx.deps, ctx.passport, { kind: 'end_user', endUserId: ctx.passport.endUserId }, input.task_id);
      return { result: 'success' as const };
    });

export const stopWebChatProcedure = stopFor(assertChatApp, '/chat-messages/{task_id}/stop', 'Stop a chat answer');
export const stopWebCompletionProcedure = stopFor((mode) => assertCompletionApp(mode, 'web'), '/completion-messages/{task_id}/stop', 'Stop a completion answer');
