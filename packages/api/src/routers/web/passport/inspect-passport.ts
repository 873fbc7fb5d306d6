import { missingPassportError, verifyPresentedPassport } from '../../../auth/passport';
import { describePassportGrant } from '../../../services/web-app/describe-passport-grant';
import { publicProcedure } from '../../../trpc';
import { inspectPassportMeta, ZInspectPassportRequest, ZInspectPassportResponse } from './inspect-passport.types';

export const inspectPassportProcedure = publicProcedure
  .meta(inspectPassportMeta)
  .input(ZInspectPassportRequest)
  .output(ZInspectPassportResponse)
  .mutation(async ({ ctx }) => {
    const verified = await verifyPresentedPassport(ctx.deps, ctx.request);
    if (!verified) throw await missingPassportError(ctx.deps, ctx.request);
    return describePassportGrant(verified);
  });
