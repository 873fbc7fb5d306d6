import { missingPassportError } from '../auth/passport';
import { type PassportCaller } from '../callers';
import { sameSecret } from '../auth/tokens';
import { type Context } from '../context';
import { type Actor, type AppCaller } from '../callers';
import { errors } from '../errors';
import { pluginKeyAccepted } from '../auth/plugin-key';

const MISSING_BEARER = "Authorization header must be provided and start with 'Bearer'";

/**
 * How a caller proves who it is, once for procedures and plain routes alike: each flavour resolves
 * its caller from the request context or throws Dify's error for that surface. Procedure builders
 * (`authedProcedure`, `appKeyProcedure`, …) and `definePlainRoute` both call these.
 */
export const AUTH_FLAVOURS = {
  /** Open to anyone. */
  none: {
    resolve: async (): Promise<null> => null,
    security: [] as Record<string, string[]>[],
  },
  /** A console session (access token cookie + CSRF, or Bearer) acting in its current workspace. */
  console: {
    resolve: async (ctx: Context): Promise<Actor> => {
      const actor = await ctx.getActor();
      if (!actor) throw errors.unauthorized();
      return actor;
    },
    security: [{ Authorization: [] }],
  },
  /** A Service API app key, `Bearer app-…`. */
  appKey: {
    resolve: async (ctx: Context): Promise<AppCaller> => {
      const app = await ctx.getAppCaller();
      if (!app) throw errors.unauthorized(MISSING_BEARER);
      return app;
    },
    security: [{ Authorization: [] }],
  },
  /** A knowledge API key, `Bearer dataset-…`, acting as the workspace's owner. */
  datasetKey: {
    resolve: async (ctx: Context): Promise<Actor> => {
      const actor = await ctx.getDatasetCaller();
      if (!actor) throw errors.unauthorized(MISSING_BEARER);
      return actor;
    },
    security: [{ Authorization: [] }],
  },
  /** A web app's end user, by passport (`X-App-Passport`, or `Authorization: Bearer` from older clients). */
  passport: {
    resolve: async (ctx: Context): Promise<PassportCaller> => {
      const passport = await ctx.getPassport();
      if (!passport) throw await missingPassportError(ctx.deps, ctx.request);
      return passport;
    },
    security: [{ Passport: [] }],
  },
  /** `X-Inner-Api-Key` equal to INNER_API_KEY; with no key configured the inner API stays closed. */
  innerKey: {
    resolve: async (ctx: Context): Promise<null> => {
      const expected = ctx.deps.config.innerApiKey;
      const given = ctx.request.headers.get('x-inner-api-key');
      if (!expected || !given || !sameSecret(given, expected)) throw errors.unauthorized();
      return null;
    },
    security: [{ InnerApiKey: [] }],
  },
  /** The plugin daemon's key: a missing or wrong one is 404, as in Dify, so the routes stay hidden. */
  pluginKey: {
    resolve: async (ctx: Context): Promise<null> => {
      if (!pluginKeyAccepted(ctx.deps.config, ctx.request.headers)) {
        throw errors.notFound('not_found', 'The requested URL was not found on the server.');
      }
      return null;
    },
    security: [{ InnerApiKey: [] }],
  },
} as const;

export type AuthFlavour = keyof typeof AUTH_FLAVOURS;
export type CallerOf<A extends AuthFlavour> = Awaited<ReturnType<(typeof AUTH_FLAVOURS)[A]['resolve']>>;
