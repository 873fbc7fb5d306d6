import { sql } from 'drizzle-orm';
import { providerSettings, type Queryable } from '@tessera/db';

/** Points the provider at a credential (or at none), creating its settings row on first use. */
export async function setActiveProviderCredential(
  db: Queryable,
  workspaceId: string,
  provider: string,
  credentialId: string | null,
): Promise<void> {
  await db
    .insert(providerSettings)
    .values({ workspaceId, provider, activeCredentialId: credentialId })
    .onConflictDoUpdate({
      target: [providerSettings.workspaceId, providerSettings.provider],
      set: { activeCredentialId: credentialId, updatedAt: sql`now()` },
    });
}

export async function setPreferredProviderType(
  db: Queryable,
  workspaceId: string,
  provider: string,
  preferredProviderType: 'custom' | 'system',
): Promise<void> {
  await db
    .insert(providerSettings)
    .values({ workspaceId, provider, preferredProviderType })
    .onConflictDoUpdate({
      target: [providerSettings.workspaceId, providerSettings.provider],
      set: { preferredProviderType, updatedAt: sql`now()` },
    });
}
