import { and, asc, eq, sql } from 'drizzle-orm';
import { type Database, modelPriceOverrides } from '@tessera/db';
import { type ModelPricing, type ModelType } from '@tessera/model-runtime';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { errors } from '../../errors';
import { toUnixRequired } from '../../validation';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireModelType, requireProvider } from './catalog-lookup';
import { type ModelAddress } from './custom-model-lookup';
import { loadProviderState } from './provider-state';
import { workspaceModels } from './workspace-models';

interface PriceKey {
  provider: string;
  model: string;
  modelType: ModelType;
}

const sameModel = (workspaceId: string, key: PriceKey) =>
  and(
    eq(modelPriceOverrides.workspaceId, workspaceId),
    eq(modelPriceOverrides.provider, key.provider),
    eq(modelPriceOverrides.modelName, key.model),
    eq(modelPriceOverrides.modelType, key.modelType),
  );

/** The workspace's own price for a model, which wins over the catalog's. */
export async function findPriceOverride(db: Database, workspaceId: string, key: PriceKey): Promise<ModelPricing | undefined> {
  const [row] = await db.select().from(modelPriceOverrides).where(sameModel(workspaceId, key));
  if (!row) return undefined;
  return { input: row.input, ...(row.output !== null ? { output: row.output } : {}), unit: row.unit, currency: row.currency };
}

export async function listPriceOverrides(deps: AppDeps, actor: Actor, input: { provider: string }) {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const rows = await deps.db
    .select()
    .from(modelPriceOverrides)
    .where(and(eq(modelPriceOverrides.workspaceId, actor.workspaceId), eq(modelPriceOverrides.provider, definition.provider)))
    .orderBy(asc(modelPriceOverrides.modelType), asc(modelPriceOverrides.modelName));
  return {
    data: rows.map((row) => ({
      model: row.modelName,
      model_type: row.modelType,
      input: row.input,
      output: row.output,
      unit: row.unit,
      currency: row.currency,
      updated_at: toUnixRequired(row.updatedAt),
    })),
  };
}

async function requireKnownModel(deps: AppDeps, actor: Actor, input: ModelAddress): Promise<PriceKey> {
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  const state = await loadProviderState(deps.db, actor.workspaceId, definition);
  if (!workspaceModels(deps, state, modelType).some((m) => m.definition.model === input.model)) {
    throw errors.invalidParam(`Model ${input.model} does not exist.`, 'model');
  }
  return { provider: definition.provider, model: input.model, modelType };
}

export async function setPriceOverride(
  deps: AppDeps,
  actor: Actor,
  input: ModelAddress & { input: string; output?: string | null; unit: string; currency: string },
): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const key = await requireKnownModel(deps, actor, input);
  const price = { input: input.input, output: input.output ?? null, unit: input.unit, currency: input.currency, updatedBy: actor.accountId };
  await deps.db
    .insert(modelPriceOverrides)
    .values({ workspaceId: actor.workspaceId, provider: key.provider, modelName: key.model, modelType: key.modelType, ...price })
    .onConflictDoUpdate({
      target: [modelPriceOverrides.workspaceId, modelPriceOverrides.provider, modelPriceOverrides.modelName, modelPriceOverrides.modelType],
      set: { ...price, updatedAt: sql`now()` },
    });
}

export async function removePriceOverride(deps: AppDeps, actor: Actor, input: ModelAddress): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  const modelType = requireModelType(input.model_type);
  await deps.db.delete(modelPriceOverrides).where(sameModel(actor.workspaceId, { provider: definition.provider, model: input.model, modelType }));
}
