import { customModelDefinition, findPredefinedModel } from '../catalog';
import type {
  Credentials,
  ModelPricing,
  ModelRuntimeOptions,
  ModelTarget,
  ModelType,
  UsageCaller,
  UsageRecord,
} from '../types';
import { createModelRuntime } from './create-model-runtime';

export const caller: UsageCaller = { workspaceId: 'ws-1', type: 'app', id: 'app-1', userId: 'user-1' };

/** A target as the console would build it: the catalog's definition for predefined models, a derived one otherwise. */
export function targetFor(
  provider: string,
  model: string,
  modelType: ModelType,
  credentials: Credentials,
  pricing?: ModelPricing,
): ModelTarget {
  const definition =
    findPredefinedModel(provider, model, modelType) ?? customModelDefinition(provider, model, modelType, credentials);
  return { provider, model, modelType, credentials, definition, ...(pricing ? { pricing } : {}) };
}

/** Credentials pointing each provider family at the test model server. */
export function credentialsFor(serverUrl: string) {
  return {
    openai: { openai_api_key: 'sk-test', openai_api_base: serverUrl },
    openai_api_compatible: { endpoint_url: `${serverUrl}/v1`, api_key: 'sk-test' },
    azure_openai: {
      openai_api_base: serverUrl,
      openai_api_key: 'azure-key',
      openai_api_version: '2024-10-21',
      base_model_name: 'gpt-4o-mini',
    },
    anthropic: { anthropic_api_key: 'sk-ant-test', anthropic_api_url: serverUrl },
    gemini: { google_api_key: 'gemini-key', google_base_url: serverUrl },
    ollama: { base_url: serverUrl },
    cohere: { api_key: 'cohere-key', base_url: serverUrl },
    jina: { api_key: 'jina-key', base_url: `${serverUrl}/v1` },
  } satisfies Record<string, Credentials>;
}

/** A runtime whose usage records land in `records`, with test-friendly defaults. */
export function recordingRuntime(options: ModelRuntimeOptions = {}) {
  const records: UsageRecord[] = [];
  const runtime = createModelRuntime({
    onUsage: (record) => {
      records.push(record);
    },
    ...options,
  });
  return { runtime, records };
}
