import { type UsageCaller } from '@tessera/model-runtime';
import { z } from 'zod';
import { type AppDeps } from '../../../deps';
import { invocationErrorMessage, rethrowPayloadError } from '../../../services/plugin-invoke/invocation-error';
import { resolvePluginCaller } from '../../../services/plugin-invoke/plugin-caller';
import { route } from '../../meta';
import { pluginProcedure } from './plugin-procedure';

interface TenantScoped {
  tenant_id: string;
  user_id?: string | null;
}

interface InvokeSpec<TInput extends TenantScoped, TData> {
  /** The path after `/invoke/`, e.g. `text-embedding`. */
  operation: string;
  summary: string;
  input: z.ZodType<TInput>;
  data: z.ZodType<TData>;
  run(deps: AppDeps, caller: UsageCaller, input: TInput): Promise<TData>;
}

/** Dify's BaseBackwardsInvocationResponse. */
const envelope = <T>(data: z.ZodType<T>) => z.object({ data: data.nullable(), error: z.string() });

/**
 * One JSON backwards-invocation operation at Dify's path (`/invoke/<op>`) and the API seed's
 * (`/plugin/invoke/<op>`). Failures of the call itself answer 200 `{data: null, error}` as Dify's
 * do; a wrong key (404), an unknown tenant or a malformed payload (400) fail the request.
 */
export function pluginInvokeProcedures<TInput extends TenantScoped, TData>(spec: InvokeSpec<TInput, TData>) {
  const at = (path: `/${string}`) =>
    pluginProcedure
      .meta(route({ method: 'POST', path, tags: ['Inner API: plugin invocations'], summary: spec.summary }))
      .input(spec.input)
      .output(envelope(spec.data))
      .mutation(async ({ ctx, input }) => {
        // tRPC widens a generic input's type; the schema above has already produced a TInput.
        const payload = input as TInput;
        const caller = await resolvePluginCaller(ctx.deps, payload);
        try {
          return { data: await spec.run(ctx.deps, caller, payload), error: '' };
        } catch (error) {
          rethrowPayloadError(error);
          return { data: null, error: invocationErrorMessage(ctx.deps, error, path) };
        }
      });
  return { dify: at(`/invoke/${spec.operation}`), seed: at(`/plugin/invoke/${spec.operation}`) };
}
