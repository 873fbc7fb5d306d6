import { AppError } from '../../../errors';
import { publicProcedure } from '../../../trpc';
import { pluginKeyAccepted } from '../../../services/plugin-invoke/plugin-key';

/**
 * The plugin daemon's routes: a missing or wrong `X-Inner-Api-Key` answers 404, as Dify does, so
 * the routes' existence is not revealed. The key is checked before the body is read.
 */
export const pluginProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!pluginKeyAccepted(ctx.deps.config, ctx.request.headers)) {
    throw new AppError('not_found', 'The requested URL was not found on the server.', 404);
  }
  return next();
});
