import { AUTH_FLAVOURS } from '../../http/auth-flavours';
import { publicProcedure } from '../../trpc';

/** Web-app procedures called with a passport; narrows `ctx.passport` to the end user and their app. */
export const passportProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const passport = await AUTH_FLAVOURS.passport.resolve(ctx);
  return next({ ctx: { ...ctx, passport } });
});
