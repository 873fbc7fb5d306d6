import { bearerToken } from '../../../auth/tokens';
import { issuePassport } from '../../../services/web-app/issue-passport';
import { publicProcedure } from '../../../trpc';
import { getPassportMeta, ZGetPassportRequest, ZGetPassportResponse } from './get-passport.types';

export const getPassportProcedure = publicProcedure
  .meta(getPassportMeta)
  .input(ZGetPassportRequest)
  .output(ZGetPassportResponse)
  .query(({ ctx, input }) =>
    issuePassport(ctx.deps, {
      appCode: ctx.request.headers.get('x-app-code'),
      userId: input.user_id,
      loginToken: bearerToken(ctx.request.headers),
    }),
  );
