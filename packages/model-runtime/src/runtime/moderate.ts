import type { ModerationRequest } from '../types';
import type { ModerationOutcome } from '../providers';
import { meteredCall, NO_TOKENS } from './metered-call';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';
import { withRetries } from './with-retries';

export function moderate(context: RuntimeContext, request: ModerationRequest): Promise<ModerationOutcome> {
  return meteredCall(context, request, async (startedAt) => {
    const model = resolveModel(context, request.target, 'moderationModel');
    const value = await withRetries(() => model.doModerate({ text: request.text, abortSignal: request.signal }), {
      maxRetries: context.maxRetries,
      abortSignal: request.signal,
    });
    return { value, tokens: NO_TOKENS, timing: { latencyMs: performance.now() - startedAt } };
  });
}
