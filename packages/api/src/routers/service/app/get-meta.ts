import { z } from 'zod';
import { appKeyWithoutUserProcedure } from '../../../auth/app-key';
import { callerAppMeta } from '../../../services/app-config/app-meta';
import { getMetaMeta, ZGetMetaResponse } from './get-meta.types';

export const getMetaProcedure = appKeyWithoutUserProcedure
  .meta(getMetaMeta)
  .input(z.void())
  .output(ZGetMetaResponse)
  .query(({ ctx }) => callerAppMeta(ctx.deps, ctx.app));
