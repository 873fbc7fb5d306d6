import { z } from 'zod';
import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { serviceAppInfo } from '../../../services/apps/service-metadata';
import { getInfoMeta, ZGetInfoResponse } from './get-info.types';

export const getInfoProcedure = appKeyWithoutUserProcedure
  .meta(getInfoMeta)
  .input(z.void())
  .output(ZGetInfoResponse)
  .query(({ ctx }) => serviceAppInfo(ctx.deps, ctx.app));
