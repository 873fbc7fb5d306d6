import { type UsageCaller } from '@tessera/model-runtime';
import { type z } from 'zod';
import { type AppDeps } from '../../../deps';
import { framedStreamResponse } from '../../../http/framed-stream';
import { definePlainRoute, jsonBody } from '../../../http/plain-route';
import { type PlainRoute } from '../../../http/surface';
import { invocationErrorMessage, rethrowPayloadError } from '../../../services/plugin-invoke/invocation-error';
import { resolvePluginCaller } from '../../../services/plugin-invoke/plugin-caller';

interface FramedSpec<TInput extends { tenant_id: string; user_id?: string | null }> {
  operation: string;
  summary: string;
  description: string;
  input: z.ZodType<TInput>;
  produce(deps: AppDeps, caller: UsageCaller, input: TInput, emit: (data: unknown) => void, signal: AbortSignal): Promise<void>;
}

/**
 * A streaming backwards invocation (the OpenAPI adapter cannot stream), at Dify's path and the
 * seed's. Key, tenant and payload are checked before the stream starts; a failing model call ends
 * the stream with Dify's error frame, as the daemon expects.
 */
export function framedInvokeRoutes<TInput extends { tenant_id: string; user_id?: string | null }>(
  spec: FramedSpec<TInput>,
): PlainRoute[] {
  const route = (path: string): PlainRoute =>
    definePlainRoute({
      method: 'POST',
      path,
      auth: 'pluginKey',
      tags: ['Inner API: plugin invocations'],
      summary: spec.summary,
      description: `${spec.description} The reply is Dify's length-prefixed frame stream: each frame is a 14-byte little-endian header (0x0F, 0, header length 10, payload length, six zero bytes) and a JSON payload \`{"data": …, "error": ""}\`; a failure ends it with \`{"data": null, "error": "<message>"}\`.`,
      body: jsonBody(spec.input),
      responses: {
        200: { description: 'Frame stream', content: { 'text/event-stream': { schema: { type: 'string', format: 'binary' } } } },
        400: { description: 'Malformed payload or unknown tenant' },
        404: { description: 'Missing or wrong X-Inner-Api-Key' },
      },
      async handle({ ctx, body }) {
        const input = body as TInput;
        const caller = await resolvePluginCaller(ctx.deps, input);
        return framedStreamResponse(
          (emit, signal) => spec.produce(ctx.deps, caller, input, emit, signal),
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
