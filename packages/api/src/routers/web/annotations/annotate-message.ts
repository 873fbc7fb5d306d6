import { annotateAnswer, webAppEditorScope } from '../../../services/annotations';
import { passportProcedure } from '../passport-procedure';
import { annotateMessageMeta, ZAnnotateMessageRequest, ZAnnotateMessageResponse } from './annotate-message.types';

export const annotateMessageProcedure = passportProcedure
  .meta(annotateMessageMeta)
  .input(ZAnnotateMessageRequest)
  .output(ZAnnotateMessageResponse)
  .mutation(async ({ ctx, input }) =>
    annotateAnswer(ctx.deps, await webAppEditorScope(ctx.deps, ctx.passport), input, { endUserId: ctx.passport.endUserId }),
  );
