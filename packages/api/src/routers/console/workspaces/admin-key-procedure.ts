import { sameSecret } from '../../../auth/tokens';
import { errors } from '../../../errors';
import { publicProcedure } from '../../../trpc';

/**
 * Dify's `admin_required`: only `Authorization: Bearer <ADMIN_API_KEY>` is served (no
 * X-WORKSPACE-ID needed). Anyone else signed in is refused with 403; no credentials is 401.
 */
export const adminKeyProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const expected = ctx.deps.config.adminApiKey;
  const [scheme, token] = (ctx.request.headers.get('authorization') ?? '').split(' ');
  if (expected && scheme?.toLowerCase() === 'bearer' && token && sameSecret(token, expected)) return next();
  const actor = await ctx.getActor();
  if (!actor) throw errors.unauthorized();
  throw errors.forbidden('This endpoint is only available with the admin API key.');
});
