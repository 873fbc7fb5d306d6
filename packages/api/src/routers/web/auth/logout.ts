import { publicProcedure } from '../../../trpc';
import { webLogoutMeta, ZWebLogoutRequest, ZWebLogoutResponse } from './logout.types';

export const webLogoutProcedure = publicProcedure
  .meta(webLogoutMeta)
  .input(ZWebLogoutRequest)
  .output(ZWebLogoutResponse)
  .mutation(() => ({ result: 'success' as const }));
