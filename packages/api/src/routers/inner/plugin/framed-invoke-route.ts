import { type UsageCaller } from '@tessera/model-runtime';
import { z } from 'zod';
import { type AppDeps } from '../../../deps';
import { AppError } from '../../../errors';
import { readJsonBody } from '../../../http/body';
import { framedStreamResponse } from '../../../http/framed-stream';
import { type PlainRoute } from '../../../http/surface';
import { describeZodError } from '../../../http/zod-message';
import { invocationErrorMessage, rethrowPayloadError } from '../../../services/plugin-invoke/invocation-error';
import { pluginKeyAccepted } from '../../../services/plugin-invoke/plugin-key';
import { resolvePluginCaller } from '../../../services/plugin-invoke/plugin-caller';

interface FramedSpec<TInput extends { tenant_id: string; user_id?: string | null }> {
  operation: string;
  summary: string;
  description: string;
  input: z.ZodType<TInput>;
  produce(deps: AppDeps, caller: UsageCaller, input: TInput, emit: (data: unknown) => void, signal: AbortSignal): Promise<void>;
}

const notFound = () => new AppError('not_found', 'The requested URL was not found on the server.', 404);

/**
 * A streaming backwards invocation (the OpenAPI adapter cannot stream), at Dify's path and the
 * seed's. Key, tenant and payload are checked before the stream starts; a failing model call ends
 * the stream with Dify's error frame, as the daemon expects.
 */
export function framedInvokeRoutes<TInput extends { tenant_id: string; user_id?: string | null }>(
  spec: FramedSpec<TInput>,
): PlainRoute[] {
  const openapi = {
    tags: ['Inner API: plugin invocations'],
    summary: spec.summary,
    description: `${spec.description} The reply is Dify's length-prefixed frame stream: each frame is a 14-byte little-endian header (0x0F, 0, header length 10, payload length, six zero bytes) and a JSON payload \`{"data": …, "error": ""}\`; a failure ends it with \`{"data": null, "error": "<message>"}\`.`,
    security: [{ InnerApiKey: [] }],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) } },
    },
    responses: {
      200: { description: 'Frame stream', content: { 'text/event-stream': { schema: { type: 'string', format: 'binary' } } } },
      400: { description: 'Malformed payload or unknown tenant' },
      404: { description: 'Missing or wrong X-Inner-Api-Key' },
    },
  };
  const route = (path: string): PlainRoute => ({
    method: 'POST',
    path,
    openapi,
    async handle(ctx, req) {
      if (!pluginKeyAccepted(ctx.deps.config, req.headers)) throw notFound();
      const parsed = spec.input.safeParse(await readJsonBody(req, ctx.deps.config.maxJsonBodyBytes));
      if (!parsed.success) {
        const { message, field } = describeZodError(parsed.error);
        throw new AppError('invalid_param', message, 400, field ? { params: field } : {});
      }
      const caller = await resolvePluginCaller(ctx.deps, parsed.data);
      return framedStreamResponse(
        (emit, signal) => spec.produce(ctx.deps, caller, parsed.data, emit, signal),
        (error) => {
          try {
            rethrowPayloadError(error);
          } catch (payloadError) {
            return (payloadError as Error).message;
          }
          return invocationErrorMessage(ctx.deps, error, path);
        },
      );
    },
  });
  return [route(`/invoke/${spec.operation}`), route(`/plugin/invoke/${spec.operation}`)];
}
