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

/**
 * Tables whose rows the cache holds; end users are left out (see `upsertEndUser`). For some, only
 * updates of certain columns change what the cache holds, matching the triggers: a key's
 * last_used_at is refreshed by use, sign-in bookkeeping touches accounts, and switching the
 * current workspace touches memberships, and none of those changes anyone's access.
 */
const CACHED_TABLES = new Map<string, ReadonlySet<string> | 'any'>([
  ['workspaces', 'any'],
  ['apps', 'any'],
  ['api_tokens', new Set()],
  ['provider_settings', 'any'],
  ['provider_credentials', 'any'],
  ['provider_models', 'any'],
  ['provider_model_credentials', 'any'],
  ['provider_model_settings', 'any'],
  ['model_price_overrides', 'any'],
  ['app_annotation_settings', 'any'],
  ['workspace_members', new Set(['workspace_id', 'account_id', 'role'])],
  ['accounts', new Set(['name', 'email', 'status'])],
  ['datasets', 'any'],
]);

/** Whether a write this process is about to send can change what the cache holds. */
export function changesCachedRows(
  table: string,
  statement: 'insert' | 'update' | 'delete',
  columnsOf: () => readonly string[] | undefined = () => undefined,
): boolean {
  const watched = CACHED_TABLES.get(table);
  if (!watched) return false;
  if (watched === 'any' || statement !== 'update') return true;
  // An update whose assignments could not be read is taken to change everything.
  const columns = columnsOf();
  return columns === undefined || columns.some((column) => watched.has(column));
}

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
  const unobserve = database.onWrite((table, statement, columnsOf) => {
    if (changesCachedRows(table, statement, columnsOf)) cache.clear();
  });
  cache.onClose(async () => {
    unobserve();
    await unlisten();
  });
  cache.setLive(true);
}
