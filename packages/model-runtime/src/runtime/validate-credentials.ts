import {
  customModelDefinition,
  findPredefinedModel,
  getProvider,
  validateCredentialShape,
} from '../catalog';
import { CredentialsValidationError } from '../errors';
import { canonicalProviderName } from '../providers';
import type { ModelDefinition, ProviderDefinition, ValidateCredentialsRequest } from '../types';
import { probeModel, probeModelListing } from './credential-probes';
import { secretValues, toModelRuntimeError } from './map-error';
import { providerClient } from './resolve-model';
import type { RuntimeContext } from './runtime-context';

function priceOf(model: ModelDefinition): number {
  const price = Number(model.pricing?.input);
  return Number.isFinite(price) ? price : Number.POSITIVE_INFINITY;
}

/** Reasoning models may refuse a one-token budget (they think before they answer), so probes avoid them. */
const isReasoningModel = (model: ModelDefinition) => model.parameter_rules.some((rule) => rule.name === 'reasoning_effort');

function cheapest(models: ModelDefinition[]): ModelDefinition | undefined {
  let best: ModelDefinition | undefined;
  for (const model of models) if (!best || priceOf(model) < priceOf(best)) best = model;
  return best;
}

/** The cheapest call a predefined provider offers: its least expensive LLM, else a rerank or embedding model. */
function cheapestModel(provider: ProviderDefinition): ModelDefinition | undefined {
  const live = provider.models.filter((model) => !model.deprecated);
  const llms = live.filter((model) => model.model_type === 'llm');
  return (
    cheapest(llms.filter((model) => !isReasoningModel(model))) ??
    cheapest(llms) ??
    cheapest(live.filter((model) => model.model_type === 'rerank')) ??
    cheapest(live.filter((model) => model.model_type === 'text-embedding'))
  );
}

function modelToProbe(provider: ProviderDefinition, request: ValidateCredentialsRequest): ModelDefinition | undefined {
  if (!request.model) return cheapestModel(provider);
  const modelType = request.modelType ?? 'llm';
  if (provider.configurate_methods.includes('customizable-model')) {
    return customModelDefinition(provider.provider, request.model, modelType, request.credentials);
  }
  return findPredefinedModel(provider.provider, request.model, modelType);
}

async function probe(context: RuntimeContext, provider: ProviderDefinition, request: ValidateCredentialsRequest) {
  const client = providerClient(context, { provider: provider.provider, credentials: request.credentials });
  const scope = { context, client, abortSignal: request.signal, provider: provider.provider };
  // Self-hosted providers have no fixed model to try; listing what the server offers proves the endpoint and key.
  if (!request.model && provider.models.length === 0 && client.listModels) return probeModelListing(scope);
  const definition = modelToProbe(provider, request);
  if (!definition) {
    throw new CredentialsValidationError(`Model ${request.model ?? ''} is not available for ${provider.provider}`);
  }
  return probeModel({ ...scope, credentials: request.credentials, definition });
}

/** Checks the credentials' shape, then makes one small real call; any refusal becomes a CredentialsValidationError. */
export async function validateCredentials(context: RuntimeContext, request: ValidateCredentialsRequest): Promise<void> {
  const provider = getProvider(canonicalProviderName(request.provider));
  if (!provider) throw new CredentialsValidationError(`Provider ${request.provider} is not supported`);
  const problem = validateCredentialShape(provider.provider, request.model ? 'model' : 'provider', request.credentials);
  if (problem) throw new CredentialsValidationError(problem);
  try {
    await probe(context, provider, request);
  } catch (error) {
    if (error instanceof CredentialsValidationError) throw error;
    const failure = toModelRuntimeError(error, {
      aborted: request.signal?.aborted ?? false,
      secrets: secretValues(request.credentials),
    });
    throw new CredentialsValidationError(failure.message, { cause: failure });
  }
}
