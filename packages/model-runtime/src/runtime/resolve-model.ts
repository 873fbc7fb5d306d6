import { ModelRuntimeError } from '../errors';
import { createProviderClient, type ProviderClient } from '../providers';
import type { ModelTarget } from '../types';
import type { RuntimeContext } from './runtime-context';
import { withoutQuotaRetries } from './without-quota-retries';

type ModelKind = Exclude<keyof ProviderClient, 'embeddingOptions' | 'listModels'>;
type ModelOf<K extends ModelKind> = ReturnType<NonNullable<ProviderClient[K]>>;

export function providerClient(context: RuntimeContext, target: Pick<ModelTarget, 'provider' | 'credentials'>) {
  return createProviderClient(target.provider, target.credentials, context.fetch);
}

/** The SDK model for a target, or model_currently_not_support when its provider has no such model type. */
export function resolveModel<K extends ModelKind>(
  context: RuntimeContext,
  target: ModelTarget,
  kind: K,
  client: ProviderClient = providerClient(context, target),
): ModelOf<K> {
  const build = client[kind] as ((model: string) => ModelOf<K>) | undefined;
  if (!build) {
    throw new ModelRuntimeError(
      'model_currently_not_support',
      `Provider ${target.provider} does not support ${target.modelType} models`,
    );
  }
  return withoutQuotaRetries(build(target.model));
}
