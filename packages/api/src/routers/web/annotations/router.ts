import { router } from '../../../trpc';
import { annotateMessageProcedure } from './annotate-message';

export const webAnnotationsRouter = router({
  annotateMessage: annotateMessageProcedure,
});
