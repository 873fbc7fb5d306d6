import { z } from 'zod';
import { webAppSite } from '../../../services/web-app/web-app-site';
import { passportProcedure } from '../passport-procedure';
import { getWebSiteMeta, ZGetWebSiteResponse } from './get-site.types';

export const getWebSiteProcedure = passportProcedure
  .meta(getWebSiteMeta)
  .input(z.void())
  .output(ZGetWebSiteResponse)
  .query(({ ctx }) => webAppSite(ctx.deps, ctx.passport));
