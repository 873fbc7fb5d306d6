import { runSetup } from '../../../services/setup/setup';
import { publicProcedure } from '../../../trpc';
import { createSetupMeta, ZCreateSetupRequest, ZCreateSetupResponse } from './create-setup.types';

export const createSetupProcedure = publicProcedure
  .meta(createSetupMeta)
  .input(ZCreateSetupRequest)
  .output(ZCreateSetupResponse)
  .mutation(async ({ ctx, input }) => {
    await runSetup(ctx.deps, input);
    ctx.response.setStatus(201);
    return { result: 'success' as const };
  });
