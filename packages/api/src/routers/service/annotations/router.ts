import { router } from '../../../trpc';
import { annotationReplyActionProcedure } from './annotation-reply-action';
import { annotationReplyStatusProcedure } from './annotation-reply-status';
import { createAnnotationProcedure } from './create-annotation';
import { deleteAnnotationProcedure } from './delete-annotation';
import { listAnnotationsProcedure } from './list-annotations';
import { updateAnnotationProcedure } from './update-annotation';

/** Annotations of the key's app; Dify takes no `user` here and acts as the workspace owner. */
export const serviceAnnotationsRouter = router({
  list: listAnnotationsProcedure,
  create: createAnnotationProcedure,
  update: updateAnnotationProcedure,
  delete: deleteAnnotationProcedure,
  replyAction: annotationReplyActionProcedure,
  replyStatus: annotationReplyStatusProcedure,
});
