import { presentedPassport } from '../../../auth/passport';
import { webAppPermission } from '../../../services/web-app/permission';
import { publicProcedure } from '../../../trpc';
import { getPermissionMeta, ZGetPermissionRequest, ZGetPermissionResponse } from './get-permission.types';

export const getPermissionProcedure = publicProcedure
  .meta(getPermissionMeta)
  .input(ZGetPermissionRequest)
  .output(ZGetPermissionResponse)
  .query(({ ctx, input }) =>
    webAppPermission(ctx.deps, {
      appId: input.appId,
      appCode: ctx.request.headers.get('x-app-code'),
      passport: presentedPassport(ctx.request.headers),
    }),
  );
