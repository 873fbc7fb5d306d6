import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  type Database,
  type ProviderCredential,
  providerCredentials,
  type ProviderModelCredential,
  providerModelCredentials,
  type ProviderModelRow,
  providerModels,
  providerModelSettings,
  providerSettings,
} from '@tessera/db';
import { type ProviderDefinition } from '@tessera/model-runtime';

export interface CustomModelState {
  row: ProviderModelRow;
  /** Every credential saved for this model, oldest first. */
  credentials: ProviderModelCredential[];
  active?: ProviderModelCredential;
}

/** Everything a workspace has configured for one provider. */
export interface ProviderState {
  definition: ProviderDefinition;
  preferredProviderType: 'custom' | 'system';
  /** Oldest first. */
  credentials: ProviderCredential[];
  active?: ProviderCredential;
  customModels: CustomModelState[];
  /** `${model_type}:${model}` of predefined models turned off. */
  disabledModels: Set<string>;
}

export const modelKey = (modelType: string, model: string) => `${modelType}:${model}`;

function byProvider<T extends { provider: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.provider, [...(map.get(row.provider) ?? []), row]);
  return map;
}

/** Loads the workspace's configuration of the given providers in five queries, all scoped to the workspace. */
export async function loadProviderStates(
  db: Database,
  workspaceId: string,
  definitions: ProviderDefinition[],
): Promise<ProviderState[]> {
  const names = definitions.map((d) => d.provider);
  if (names.length === 0) return [];
  const [settings, credentials, models, modelCredentials, modelSettings] = await Promise.all([
    db
      .select()
      .from(providerSettings)
      .where(and(eq(providerSettings.workspaceId, workspaceId), inArray(providerSettings.provider, names))),
    db
      .select()
      .from(providerCredentials)
      .where(and(eq(providerCredentials.workspaceId, workspaceId), inArray(providerCredentials.provider, names)))
      .orderBy(asc(providerCredentials.createdAt), asc(providerCredentials.id)),
    db
      .select()
      .from(providerModels)
      .where(and(eq(providerModels.workspaceId, workspaceId), inArray(providerModels.provider, names)))
      .orderBy(asc(providerModels.createdAt), asc(providerModels.id)),
    db
      .select()
      .from(providerModelCredentials)
      .where(and(eq(providerModelCredentials.workspaceId, workspaceId), inArray(providerModelCredentials.provider, names)))
      .orderBy(asc(providerModelCredentials.createdAt), asc(providerModelCredentials.id)),
    db
      .select()
      .from(providerModelSettings)
      .where(and(eq(providerModelSettings.workspaceId, workspaceId), inArray(providerModelSettings.provider, names))),
  ]);
  const settingsBy = byProvider(settings);
  const credentialsBy = byProvider(credentials);
  const modelsBy = byProvider(models);
  const modelCredentialsBy = byProvider(modelCredentials);
  const modelSettingsBy = byProvider(modelSettings);
  return definitions.map((definition) => {
    const setting = settingsBy.get(definition.provider)?.[0];
    const own = credentialsBy.get(definition.provider) ?? [];
    const allModelCredentials = modelCredentialsBy.get(definition.provider) ?? [];
    const customModels = (modelsBy.get(definition.provider) ?? []).map((row) => {
      const list = allModelCredentials.filter((c) => c.modelName === row.modelName && c.modelType === row.modelType);
      return { row, credentials: list, active: list.find((c) => c.id === row.activeCredentialId) };
    });
    const disabled = (modelSettingsBy.get(definition.provider) ?? []).filter((s) => !s.enabled);
    return {
      definition,
      preferredProviderType: setting?.preferredProviderType ?? 'custom',
      credentials: own,
      active: own.find((c) => c.id === setting?.activeCredentialId),
      customModels,
      disabledModels: new Set(disabled.map((s) => modelKey(s.modelType, s.modelName))),
    };
  });
}

export async function loadProviderState(db: Database, workspaceId: string, definition: ProviderDefinition): Promise<ProviderState> {
  const [state] = await loadProviderStates(db, workspaceId, [definition]);
  return state!;
}
