import { router } from '../../../trpc';
import { annotationReplyActionProcedure } from './annotation-reply-action';
import { annotationReplyStatusProcedure } from './annotation-reply-status';
import { batchImportStatusProcedure } from './batch-import-status';
import { countAnnotationsProcedure } from './count-annotations';
import { createAnnotationProcedure } from './create-annotation';
import { deleteAnnotationProcedure } from './delete-annotation';
import { deleteAnnotationsProcedure } from './delete-annotations';
import { exportAnnotationsProcedure } from './export-annotations';
import { getAnnotationSettingProcedure } from './get-annotation-setting';
import { listAnnotationsProcedure } from './list-annotations';
import { listHitHistoriesProcedure } from './list-hit-histories';
import { updateAnnotationProcedure } from './update-annotation';
import { updateAnnotationSettingProcedure } from './update-annotation-setting';

/** An app's annotations and annotation reply (the CSV import is a plain route: `batch-import.ts`). */
export const annotationsRouter = router({
  count: countAnnotationsProcedure,
  export: exportAnnotationsProcedure,
  importStatus: batchImportStatusProcedure,
  list: listAnnotationsProcedure,
  create: createAnnotationProcedure,
  deleteMany: deleteAnnotationsProcedure,
  update: updateAnnotationProcedure,
  delete: deleteAnnotationProcedure,
  hitHistories: listHitHistoriesProcedure,
  replyAction: annotationReplyActionProcedure,
  replyStatus: annotationReplyStatusProcedure,
  setting: getAnnotationSettingProcedure,
  updateSetting: updateAnnotationSettingProcedure,
});
