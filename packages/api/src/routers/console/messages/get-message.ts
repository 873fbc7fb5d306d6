import { getConsoleMessage } from '../../../services/messages/console-messages';
import { authedProcedure } from '../../../trpc';
import { getMessageMeta, ZGetMessageRequest, ZGetMessageResponse } from './get-message.types';

export const getMessageProcedure = authedProcedure
  .meta(getMessageMeta)
  .input(ZGetMessageRequest)
  .output(ZGetMessageResponse)
  .query(({ ctx, input }) => getConsoleMessage(ctx.deps, ctx.actor, input.app_id, input.message_id));
