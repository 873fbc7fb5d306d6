import { z } from 'zod';
import { getSetupStatus } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { getSetupStatusMeta, ZGetSetupStatusResponse } from './get-setup-status.types';

export const getSetupStatusProcedure = publicProcedure
  .meta(getSetupStatusMeta)
  .input(z.void())
  .output(ZGetSetupStatusResponse)
  .query(({ ctx }) => getSetupStatus(ctx.deps));
