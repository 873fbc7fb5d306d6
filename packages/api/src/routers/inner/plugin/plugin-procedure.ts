import { AUTH_FLAVOURS } from '../../../http/auth-flavours';
import { publicProcedure } from '../../../trpc';

/**
 * The plugin daemon's routes: a missing or wrong `X-Inner-Api-Key` answers 404, as Dify does, so
 * the routes' existence is not revealed. The key is checked before the body is read.
 */
export const pluginProcedure = publicProcedure.use(async ({ ctx, next }) => {
  await AUTH_FLAVOURS.pluginKey.resolve(ctx);
  return next();
});
