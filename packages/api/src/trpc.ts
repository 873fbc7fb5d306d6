import { initTRPC } from '@trpc/server';
import { type OpenApiMeta } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import { type Context } from './context';
import { type Actor } from './callers';
import { findAppError, findCause } from './errors';
import { AUTH_FLAVOURS } from './http/auth-flavours';
import { assertNoNulCharacters } from './http/nul-characters';
import { describeZodError } from './http/zod-message';

export interface ErrorData {
  appCode: string;
  appMessage: string;
  httpStatus: number;
  extra: Record<string, unknown>;
}

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    errorFormatter({ shape, error }) {
      // Internal failures never leave the server: no SQL, stack or driver message.
      const zodError = findCause(error, ZodError);
      const appError = findAppError(error);
      if (zodError) {
        const { message, field } = describeZodError(zodError);
        const data: ErrorData = { appCode: 'invalid_param', appMessage: message, httpStatus: 400, extra: field ? { params: field } : {} };
        return { ...shape, message, data: { ...shape.data, stack: undefined, ...data } };
      }
      if (appError) {
        const data: ErrorData = { appCode: appError.appCode, appMessage: appError.message, httpStatus: appError.status, extra: appError.extra };
        return { ...shape, message: appError.message, data: { ...shape.data, stack: undefined, ...data } };
      }
      const status = shape.data.httpStatus;
      if (status >= 500 || error.code === 'INTERNAL_SERVER_ERROR') {
        const data: ErrorData = { appCode: 'unknown', appMessage: 'Internal Server Error', httpStatus: 500, extra: {} };
        return { ...shape, message: 'Internal Server Error', data: { ...shape.data, stack: undefined, ...data } };
      }
      return { ...shape, data: { ...shape.data, stack: undefined } };
    },
  });

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure, on every surface and on typed RPC, refuses NUL characters before it runs. */
const refuseNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  assertNoNulCharacters(await getRawInput());
  return next();
});

/** Open to anyone; procedures say so with `protect: false` in their OpenAPI meta. */
export const publicProcedure = t.procedure.use(refuseNulCharacters);

/** Requires a signed-in actor; narrows `ctx.actor`. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor: Actor = await AUTH_FLAVOURS.console.resolve(ctx);
  return next({ ctx: { ...ctx, actor } });
});
