import { embedMany, experimental_generateSpeech as generateSpeech, generateText, rerank } from 'ai';
import type { ProviderClient } from '../providers';
import type { ModelTarget, ModelType } from '../types';
import { resolveModel } from './resolve-model';
import type { RuntimeContext } from './runtime-context';
import { withRetries } from './with-retries';

const PROBE_TEXT = 'ping';

interface Probe {
  context: RuntimeContext;
  client: ProviderClient;
  target: ModelTarget;
  abortSignal?: AbortSignal;
}

type ListingProbe = Omit<Probe, 'target'> & { provider: string };

/** An authenticated `GET …/models` (or Ollama's tags): reachability and credentials without generating anything. */
export async function probeModelListing({ context, client, provider, abortSignal }: ListingProbe): Promise<void> {
  const list = client.listModels;
  if (!list) throw new Error(`Provider ${provider} cannot list its models`);
  await withRetries(() => list(abortSignal), { maxRetries: context.maxRetries, abortSignal });
}

/** The smallest real call that proves a model answers with these credentials. */
const probes: Record<ModelType, (probe: Probe) => Promise<unknown>> = {
  llm: ({ context, client, target, abortSignal }) =>
    generateText({
      model: resolveModel(context, target, 'languageModel', client),
      prompt: PROBE_TEXT,
      maxOutputTokens: 1,
      maxRetries: context.maxRetries,
      abortSignal,
    }),
  'text-embedding': ({ context, client, target, abortSignal }) =>
    embedMany({
      model: resolveModel(context, target, 'embeddingModel', client),
      values: [PROBE_TEXT],
      maxRetries: context.maxRetries,
      abortSignal,
    }),
  rerank: ({ context, client, target, abortSignal }) =>
    rerank({
      model: resolveModel(context, target, 'rerankingModel', client),
      query: PROBE_TEXT,
      documents: [PROBE_TEXT],
      maxRetries: context.maxRetries,
      abortSignal,
    }),
  tts: ({ context, client, target, abortSignal }) =>
    generateSpeech({
      model: resolveModel(context, target, 'speechModel', client),
      text: PROBE_TEXT,
      voice: target.definition.model_properties.default_voice,
      maxRetries: context.maxRetries,
      abortSignal,
    }),
  // Transcribing needs real audio; reaching the authenticated model listing proves the same credentials.
  speech2text: (probe) => probeModelListing({ ...probe, provider: probe.target.provider }),
  moderation: ({ context, client, target, abortSignal }) => {
    const model = resolveModel(context, target, 'moderationModel', client);
    return withRetries(() => model.doModerate({ text: PROBE_TEXT, abortSignal }), {
      maxRetries: context.maxRetries,
      abortSignal,
    });
  },
};

export function probeModel(probe: Omit<Probe, 'target'> & Pick<ModelTarget, 'provider' | 'credentials' | 'definition'>) {
  const target: ModelTarget = {
    provider: probe.provider,
    model: probe.definition.model,
    modelType: probe.definition.model_type,
    credentials: probe.credentials,
    definition: probe.definition,
  };
  return probes[target.modelType]({ ...probe, target });
}
