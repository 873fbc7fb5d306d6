import { z } from 'zod';
import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { serviceAppSite } from '../../../services/apps/service-metadata';
import { getSiteMeta, ZGetSiteResponse } from './get-site.types';

export const getSiteProcedure = appKeyWithoutUserProcedure
  .meta(getSiteMeta)
  .input(z.void())
  .output(ZGetSiteResponse)
  .query(({ ctx }) => serviceAppSite(ctx.deps, ctx.app));
