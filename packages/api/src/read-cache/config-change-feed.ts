import { type DatabaseHandle } from '@tessera/db';
import { type WorkspaceReadCache } from './workspace-read-cache';

/**
 * Database triggers (migration `config-change-notify`) announce here the workspace id of every
 * committed change to what the read cache holds: apps, app keys, workspaces, model provider
 * settings, credentials and prices, annotation settings, end users; and (migration
 * `knowledge-caller-change-notify`) workspace memberships and their accounts, which decide whom a
 * knowledge key acts as, and datasets. Triggers rather than calls in each service, so no write
 * path (today's or tomorrow's, on any instance) can forget to invalidate.
 */
export const CONFIG_CHANGED_CHANNEL = 'tessera_config_changed';

/** Tables whose rows the cache holds; end users are left out (see `upsertEndUser`). */
const CACHED_TABLES = new Set([
  'workspaces',
  'apps',
  'api_tokens',
  'provider_settings',
  'provider_credentials',
  'provider_models',
  'provider_model_credentials',
  'provider_model_settings',
  'model_price_overrides',
  'app_annotation_settings',
  'workspace_members',
  'accounts',
  'datasets',
]);

/**
 * Keeps the cache true to the database:
 * - each workspace a NOTIFY names is dropped (changes from any instance);
 * - this process's own writes to a cached table drop everything before they run, so the request
 *   after a change never waits on the NOTIFY to see it;
 * - caching starts only once the feed is live, and a re-established subscription, which may have
 *   missed notifications, forgets everything.
 */
export async function followConfigChanges(database: Pick<DatabaseHandle, 'pubsub' | 'onWrite'>, cache: WorkspaceReadCache): Promise<void> {
  const unlisten = await database.pubsub.listen(
    CONFIG_CHANGED_CHANNEL,
    (workspaceId) => cache.invalidate(workspaceId),
    () => cache.clear(),
  );
  const unobserve = database.onWrite((table, statement) => {
    // A key's last_used_at is refreshed by use; only new and removed keys change what keys resolve to.
    if (table === 'api_tokens' && statement === 'update') return;
    if (CACHED_TABLES.has(table)) cache.clear();
  });
  cache.onClose(async () => {
    unobserve();
    await unlisten();
  });
  cache.setLive(true);
}
