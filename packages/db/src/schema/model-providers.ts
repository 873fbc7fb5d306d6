import { boolean, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamps } from './columns';
import { workspaces } from './workspaces';

const workspaceId = () =>
  uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** A provider-level credential set; `encrypted_config` is the whole credentials JSON, encrypted per workspace. */
export const providerCredentials = pgTable(
  'provider_credentials',
  {
    id: id(),
    workspaceId: workspaceId(),
    /** Canonical provider name from the catalog (`openai`, `openai_api_compatible`, …). */
    provider: text().notNull(),
    name: text().notNull(),
    encryptedConfig: text().notNull(),
    createdBy: uuid(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('provider_credentials_workspace_provider_name_key').on(t.workspaceId, t.provider, t.name)],
);

/** Which provider credential is in use, one row per workspace and provider. */
export const providerSettings = pgTable(
  'provider_settings',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    activeCredentialId: uuid().references(() => providerCredentials.id, { onDelete: 'set null' }),
    preferredProviderType: text().$type<'custom' | 'system'>().notNull().default('custom'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('provider_settings_workspace_provider_key').on(t.workspaceId, t.provider)],
);

/** Credentials of one custom model (a deployment, a self-hosted endpoint, …). */
export const providerModelCredentials = pgTable(
  'provider_model_credentials',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    modelName: text().notNull(),
    modelType: text().notNull(),
    name: text().notNull(),
    encryptedConfig: text().notNull(),
    createdBy: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_model_credentials_key').on(t.workspaceId, t.provider, t.modelName, t.modelType, t.name),
  ],
);

/** A custom model added to a workspace, with the credential it uses. */
export const providerModels = pgTable(
  'provider_models',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    modelName: text().notNull(),
    modelType: text().notNull(),
    activeCredentialId: uuid().references(() => providerModelCredentials.id, { onDelete: 'set null' }),
    enabled: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('provider_models_key').on(t.workspaceId, t.provider, t.modelName, t.modelType)],
);

/** Enabled/disabled state of a predefined (catalog) model. */
export const providerModelSettings = pgTable(
  'provider_model_settings',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    modelName: text().notNull(),
    modelType: text().notNull(),
    enabled: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('provider_model_settings_key').on(t.workspaceId, t.provider, t.modelName, t.modelType)],
);

/** The workspace's default model of each type. */
export const defaultModels = pgTable(
  'default_models',
  {
    id: id(),
    workspaceId: workspaceId(),
    modelType: text().notNull(),
    provider: text().notNull(),
    modelName: text().notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('default_models_workspace_type_key').on(t.workspaceId, t.modelType)],
);

/** A workspace's own price for a model; decimal strings, as the catalog writes prices. */
export const modelPriceOverrides = pgTable(
  'model_price_overrides',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    modelName: text().notNull(),
    modelType: text().notNull(),
    input: text().notNull(),
    output: text(),
    unit: text().notNull(),
    currency: text().notNull(),
    updatedBy: uuid(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('model_price_overrides_key').on(t.workspaceId, t.provider, t.modelName, t.modelType)],
);

/** One model call, success or failure, for logs and billing. */
export const modelUsage = pgTable(
  'model_usage',
  {
    id: id(),
    workspaceId: workspaceId(),
    provider: text().notNull(),
    modelName: text().notNull(),
    modelType: text().notNull(),
    callerType: text().notNull(),
    callerId: text(),
    /** An account or an end user: end-user ids come from integrators, so this is not a foreign key. */
    userId: text(),
    promptTokens: integer().notNull().default(0),
    completionTokens: integer().notNull().default(0),
    totalTokens: integer().notNull().default(0),
    promptPrice: numeric({ precision: 20, scale: 7 }).notNull().default('0'),
    completionPrice: numeric({ precision: 20, scale: 7 }).notNull().default('0'),
    totalPrice: numeric({ precision: 20, scale: 7 }).notNull().default('0'),
    currency: text().notNull().default('USD'),
    latencyMs: integer().notNull().default(0),
    timeToFirstTokenMs: integer(),
    status: text().$type<'success' | 'error'>().notNull(),
    errorCode: text(),
    createdAt: createdAt(),
  },
  (t) => [index('model_usage_workspace_created_idx').on(t.workspaceId, t.createdAt)],
);

export type ProviderCredential = typeof providerCredentials.$inferSelect;
export type ProviderModelCredential = typeof providerModelCredentials.$inferSelect;
export type ProviderModelRow = typeof providerModels.$inferSelect;
export type ModelUsageRow = typeof modelUsage.$inferSelect;
