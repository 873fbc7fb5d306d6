import { ModelRuntimeError } from '../errors';
import { createProviderClient, type ProviderClient } from '../providers';
import type { ModelTarget } from '../types';
import type { RuntimeContext } from './runtime-context';
import { withoutQuotaRetries } from './without-quota-retries';

type ModelKind = Exclude<keyof ProviderClient, 'embeddingOptions' | 'listModels'>;
type ModelOf<K extends ModelKind> = ReturnType<NonNullable<ProviderClient[K]>>;

/**
 * Provider clients by runtime, then by credentials object: callers that keep their resolved
 * credentials (the API's read cache does) reuse one client instead of building the SDK provider on
 * every call. Credentials are never changed in place, so an object always means the same client.
 */
const clients = new WeakMap<RuntimeContext, WeakMap<object, Map<string, ProviderClient>>>();

export function providerClient(context: RuntimeContext, target: Pick<ModelTarget, 'provider' | 'credentials'>): ProviderClient {
  let byCredentials = clients.get(context);
  if (!byCredentials) clients.set(context, (byCredentials = new WeakMap()));
  let byProvider = byCredentials.get(target.credentials);
  if (!byProvider) byCredentials.set(target.credentials, (byProvider = new Map()));
  let client = byProvider.get(target.provider);
  if (!client) byProvider.set(target.provider, (client = createProviderClient(target.provider, target.credentials, context.fetch)));
  return client;
}

/**
 * SDK models by client, model type and name: building one is not free (the OpenAI-compatible chat
 * model compiles its chunk schema in its constructor, ~0.7 ms), and the models hold no per-call state.
 */
const models = new WeakMap<ProviderClient, Map<string, unknown>>();

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
  let byName = models.get(client);
  if (!byName) models.set(client, (byName = new Map()));
  const key = `${kind}:${target.model}`;
  let model = byName.get(key) as ModelOf<K> | undefined;
  if (!model) byName.set(key, (model = withoutQuotaRetries(build(target.model))));
  return model;
}
