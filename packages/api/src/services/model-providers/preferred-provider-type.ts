import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { assertRole, PRIVILEGED_ROLES } from '../authz';
import { requireProvider } from './catalog-lookup';
import { setPreferredProviderType } from './provider-settings';

/**
 * Tessera hosts no system (quota) providers, so, as Dify does when the system configuration is
 * off, asking for `system` changes nothing and the provider stays on the workspace's credentials.
 */
export async function switchPreferredProviderType(
  deps: AppDeps,
  actor: Actor,
  input: { provider: string; preferred_provider_type: 'system' | 'custom' },
): Promise<void> {
  assertRole(actor, PRIVILEGED_ROLES);
  const definition = requireProvider(input.provider);
  if (input.preferred_provider_type === 'system') return;
  await setPreferredProviderType(deps.db, actor.workspaceId, definition.provider, 'custom');
}
