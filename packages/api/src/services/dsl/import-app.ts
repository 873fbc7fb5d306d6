import { randomUUID } from 'node:crypto';
import { createGuardedFetch, ResponseTooLargeError } from '@tessera/net-guard';
import { FileNotFoundError } from '@tessera/storage';
import { type Actor } from '../../callers';
import { type AppDeps } from '../../deps';
import { findWorkspaceApp } from '../apps/app-rows';
import { assertRole, EDITING_ROLES } from '../authz';
import { DslError, type DslOverrides, importDsl, type ParsedDsl, parseDsl } from './import-dsl';
import { CURRENT_DSL_VERSION, type ImportStatus } from './version';

export interface ImportRequest extends DslOverrides {
  mode: 'yaml-content' | 'yaml-url';
  yaml_content?: string | null;
  yaml_url?: string | null;
  app_id?: string | null;
}

/** Dify's `Import` answer. */
export interface ImportResult {
  id: string;
  status: ImportStatus;
  app_id: string | null;
  app_mode: string | null;
  current_dsl_version: string;
  imported_dsl_version: string;
  error: string;
}

const MAX_YAML_BYTES = 10 * 1024 * 1024;
/** Dify keeps a pending import for ten minutes. */
const PENDING_MS = 10 * 60_000;
const pendingKey = (workspaceId: string, id: string) => `dsl-imports/${workspaceId}/${id}.json`;

interface PendingImport {
  created_at: number;
  content: string;
  overrides: DslOverrides;
  app_id: string | null;
}

const result = (id: string, status: ImportStatus, fields: Partial<ImportResult> = {}): ImportResult => ({
  id,
  status,
  app_id: null,
  app_mode: null,
  current_dsl_version: CURRENT_DSL_VERSION,
  imported_dsl_version: '',
  error: '',
  ...fields,
});

/** A GitHub page URL is read as its raw file, as Dify does; every fetch passes the SSRF guard. */
async function fetchYaml(deps: AppDeps, url: string): Promise<string> {
  const raw = url.replace(/^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\//, 'https://raw.githubusercontent.com/$1/$2/');
  const tooLarge = () => new DslError('File size exceeds the limit of 10MB');
  // The cap applies while the body streams in, so an endless or huge answer is cut at 10 MB.
  const fetchCapped = createGuardedFetch(deps.config.netPolicy, { maxBytes: MAX_YAML_BYTES });
  const response = await fetchCapped(raw, { signal: AbortSignal.timeout(30_000) }).catch((error: unknown) => {
    if (error instanceof ResponseTooLargeError) throw tooLarge();
    // Refused addresses and network failures are the import's failure, told to the importer.
    throw new DslError(`Error fetching YAML from URL: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!response.ok) throw new DslError(`Error fetching YAML from URL: HTTP ${response.status}`);
  const bytes = new Uint8Array(
    await response.arrayBuffer().catch((error: unknown) => {
      throw error instanceof ResponseTooLargeError ? tooLarge() : new DslError(`Error fetching YAML from URL: ${String(error)}`);
    }),
  );
  if (bytes.byteLength === 0) throw new DslError('Empty content from url');
  return new TextDecoder().decode(bytes);
}

async function importNow(deps: AppDeps, actor: Actor, id: string, parsed: ParsedDsl, overrides: DslOverrides, appId: string | null): Promise<ImportResult> {
  const target = appId ? await findWorkspaceApp(deps.db, actor.workspaceId, appId) : undefined;
  const app = await deps.db.transaction((tx) => importDsl(tx, actor, parsed, overrides, target));
  // An unreadable version still creates the app, and says so (Dify's rule).
  const error = parsed.status === 'failed' ? `Invalid version format: ${parsed.importedVersion}` : '';
  return result(id, parsed.status === 'pending' ? 'completed' : parsed.status, { app_id: app.id, app_mode: app.mode, imported_dsl_version: parsed.importedVersion, error });
}

/**
 * `POST /apps/imports`: creates an app from DSL text or a URL (or overwrites a workflow app's
 * draft with `app_id`). A DSL from a newer or older major version waits for `confirm`.
 */
export async function importApp(deps: AppDeps, actor: Actor, input: ImportRequest): Promise<ImportResult> {
  assertRole(actor, EDITING_ROLES);
  const id = randomUUID();
  const overrides: DslOverrides = { name: input.name, description: input.description, icon_type: input.icon_type, icon: input.icon, icon_background: input.icon_background };
  try {
    let content: string;
    if (input.mode === 'yaml-url') {
      if (!input.yaml_url) throw new DslError('yaml_url is required when import_mode is yaml-url');
      content = await fetchYaml(deps, input.yaml_url);
    } else {
      if (!input.yaml_content) throw new DslError('yaml_content is required when import_mode is yaml-content');
      content = input.yaml_content;
    }
    const parsed = parseDsl(content);
    if (parsed.status === 'pending') {
      const pending: PendingImport = { created_at: deps.now().getTime(), content, overrides, app_id: input.app_id ?? null };
      await deps.storage.put(pendingKey(actor.workspaceId, id), new TextEncoder().encode(JSON.stringify(pending)), { contentType: 'application/json' });
      return result(id, 'pending', { imported_dsl_version: parsed.importedVersion });
    }
    return await importNow(deps, actor, id, parsed, overrides, input.app_id ?? null);
  } catch (error) {
    if (error instanceof DslError) return result(id, 'failed', { error: error.message });
    throw error;
  }
}

/** `POST /apps/imports/{import_id}/confirm`: finishes a pending import of the caller's workspace within ten minutes. */
export async function confirmImport(deps: AppDeps, actor: Actor, importId: string): Promise<ImportResult> {
  assertRole(actor, EDITING_ROLES);
  const expired = result(importId, 'failed', { error: 'Import information expired or does not exist' });
  if (!/^[0-9a-f-]{36}$/.test(importId)) return expired;
  const key = pendingKey(actor.workspaceId, importId);
  let pending: PendingImport;
  try {
    pending = JSON.parse(new TextDecoder().decode(await deps.storage.get(key))) as PendingImport;
  } catch (error) {
    if (error instanceof FileNotFoundError) return expired;
    throw error;
  }
  await deps.storage.delete(key);
  if (deps.now().getTime() - pending.created_at > PENDING_MS) return expired;
  try {
    return await importNow(deps, actor, importId, parseDsl(pending.content), pending.overrides, pending.app_id);
  } catch (error) {
    if (error instanceof DslError) return result(importId, 'failed', { error: error.message });
    throw error;
  }
}
