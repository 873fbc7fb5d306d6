import { and, eq, sql } from 'drizzle-orm';
import { apiTokens, apps, type Queryable, sites, type UploadFile, uploadFiles, workspaces } from '@tessera/db';
import { UUID } from '../validation';
import { arrayParam } from './array-params';

// The only queries on tenant tables that do not start from a workspace. Each answers the question
// "which workspace is this?" for a credential or public code that arrives before any workspace is
// known, and each explains why it cannot leak one workspace's data to another. Everything else
// goes through a store built from (db, workspaceId).

/**
 * The app key with this hash, with its app and workspace. Safe: the caller proves possession of
 * the key (only its SHA-256 is stored), and the key's own workspace is what it resolves to; an app
 * that moved to another workspace does not match (the caller checks `appWorkspaceId`).
 */
export async function findAppKeyByHash(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      appId: apiTokens.appId,
      workspaceId: apiTokens.workspaceId,
      appFound: apps.id,
      appWorkspaceId: apps.workspaceId,
      mode: apps.mode,
      enableApi: apps.enableApi,
      workspaceStatus: workspaces.status,
    })
    .from(apiTokens)
    .leftJoin(apps, eq(apps.id, apiTokens.appId))
    .leftJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), eq(apiTokens.type, 'app')));
  return row;
}

/**
 * Records keys' use, each at most once per `resolutionMs` (a key used within that window keeps its
 * time), in one UPDATE for the whole batch. Safe: the ids come from keys the callers hold (app or
 * dataset keys just resolved from their hashes), and only their timestamps change.
 */
export async function touchApiKeys(db: Queryable, touches: Array<{ tokenId: string; at: Date }>, resolutionMs: number): Promise<void> {
  await db.execute(sql`
    update ${apiTokens} set "last_used_at" = used.at
    from unnest(${arrayParam(touches.map((touch) => touch.tokenId), 'uuid')}, ${arrayParam(touches.map((touch) => touch.at.toISOString()), 'timestamptz')}) as used (id, at)
    where ${apiTokens.id} = used.id
      and (${apiTokens.lastUsedAt} is null or ${apiTokens.lastUsedAt} < used.at - make_interval(secs => ${resolutionMs / 1000}))`);
}

/**
 * Whether any site uses this code. Safe: codes are a web app's public address and unique across
 * the install, so the check must see every workspace; it answers only yes or no.
 */
export async function siteCodeTaken(db: Queryable, code: string): Promise<boolean> {
  const [taken] = await db.select({ id: sites.id }).from(sites).where(eq(sites.code, code));
  return Boolean(taken);
}

/**
 * The upload with this id in any workspace. Safe: only the signed /files routes call it, after
 * checking an HMAC signature over the id that only this server can produce for a file it linked.
 */
export async function findSignedUpload(db: Queryable, fileId: string): Promise<UploadFile | undefined> {
  if (!UUID.test(fileId)) return undefined;
  const [row] = await db.select().from(uploadFiles).where(eq(uploadFiles.id, fileId)).limit(1);
  return row;
}
