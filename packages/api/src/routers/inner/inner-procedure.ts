import { sameSecret } from '../../auth/tokens';
import { AppError } from '../../errors';
import { publicProcedure } from '../../trpc';

/**
 * The inner API's key check: `X-Inner-Api-Key` must equal INNER_API_KEY. With no key
 * configured, every inner procedure answers 401, so an unconfigured install exposes nothing.
 */
export const innerProcedure = publicProcedure.use(({ ctx, next }) => {
  const expected = ctx.deps.config.innerApiKey;
  const given = ctx.request.headers.get('x-inner-api-key');
  if (!expected || !given || !sameSecret(given, expected)) throw new AppError('unauthorized', 'Unauthorized.', 401);
  return next();
});
