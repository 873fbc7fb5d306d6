import { consoleEditorScope, getAnnotationSetting } from '../../../services/annotations';
import { authedProcedure } from '../../../trpc';
import { getAnnotationSettingMeta, ZGetAnnotationSettingRequest, ZGetAnnotationSettingResponse } from './get-annotation-setting.types';

export const getAnnotationSettingProcedure = authedProcedure
  .meta(getAnnotationSettingMeta)
  .input(ZGetAnnotationSettingRequest)
  .output(ZGetAnnotationSettingResponse)
  .query(async ({ ctx, input }) => getAnnotationSetting(ctx.deps, await consoleEditorScope(ctx.deps, ctx.actor, input.app_id)));
