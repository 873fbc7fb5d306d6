import { AUTH_FLAVOURS } from '../../http/auth-flavours';
import { publicProcedure } from '../../trpc';

/**
 * The inner API's key check: `X-Inner-Api-Key` must equal INNER_API_KEY. With no key
 * configured, every inner procedure answers 401, so an unconfigured install exposes nothing.
 */
export const innerProcedure = publicProcedure.use(async ({ ctx, next }) => {
  await AUTH_FLAVOURS.innerKey.resolve(ctx);
  return next();
});
