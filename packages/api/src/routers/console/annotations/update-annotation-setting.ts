import { consoleEditorScope, updateAnnotationSetting } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { updateAnnotationSettingMeta, ZUpdateAnnotationSettingRequest, ZUpdateAnnotationSettingResponse } from './update-annotation-setting.types';

export const updateAnnotationSettingProcedure = authedProcedure
  .meta(updateAnnotationSettingMeta)
  .input(ZUpdateAnnotationSettingRequest)
  .output(ZUpdateAnnotationSettingResponse)
  .mutation(async ({ ctx, input }) =>
    updateAnnotationSetting(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id), input.annotation_setting_id, input.score_threshold),
  );
