import { and, eq } from 'drizzle-orm';
import { accounts, workspaceMembers } from '@tessera/db';
import { type RequestInfo } from '../context';
import { type AppCaller } from '../callers';
import { findAppKeyByHash } from '../data/unscoped';
import { type AppDeps } from '../deps';
import { errors } from '../errors';
import { AUTH_FLAVOURS } from '../http/auth-flavours';
import { publicProcedure } from '../trpc';
import { touchKeyLastUsed } from './key-last-used';
import { sha256Hex } from './tokens';

const MISSING_HEADER = "Authorization header must be provided and start with 'Bearer'";

const unauthorized = (message: string) => errors.unauthorized(message);
const forbidden = (message: string) => errors.forbidden(message);

/** The key from `Authorization: Bearer <key>`: scheme case-insensitive, split on the first whitespace. */
export function bearerKey(info: RequestInfo): string | null {
  const header = info.headers.get('authorization');
  if (header === null) return null;
  const match = /^(\S+)\s+(.*)$/s.exec(header.trim());
  if (!match) throw unauthorized(MISSING_HEADER);
  if (match[1]!.toLowerCase() !== 'bearer') throw unauthorized("Authorization scheme must be 'Bearer'");
  return match[2]!.trim();
}

/**
 * Resolves a Service API caller from an `app-` key, with Dify's gate in order (contract §1.1):
 * unknown key 401, app gone or API off 403, archived workspace 403. Null when no header is sent.
 * The key is looked up by its SHA-256 hash; `last_used_at` is refreshed at most once a minute.
 */
export async function resolveAppCaller(deps: AppDeps, info: RequestInfo): Promise<AppCaller | null> {
  const key = bearerKey(info);
  if (key === null) return null;
  const row = await findAppKey(deps, sha256Hex(key));
  if (!row) throw unauthorized('Access token is invalid');
  if (!row.appId || !row.appFound || row.appWorkspaceId !== row.workspaceId) throw forbidden('The app no longer exists.');
  if (!row.enableApi) throw forbidden("The app's API service has been disabled.");
  if (!row.workspaceStatus) throw errors.invalidParam('Tenant does not exist.');
  if (row.workspaceStatus === 'archive') throw forbidden("The workspace's status is archived.");
  touchKeyLastUsed(deps, row.tokenId);
  return { appId: row.appId, workspaceId: row.workspaceId, tokenId: row.tokenId, mode: row.mode! };
}

/**
 * The key's row with its app and workspace, from the read cache: every Service API request starts
 * here. An unknown key is never kept (a stream of made-up keys must not fill memory).
 */
async function findAppKey(deps: AppDeps, tokenHash: string) {
  const load = () => findAppKeyByHash(deps.db, tokenHash);
  return deps.cache.read(`app-key:${tokenHash}`, null, load, (row) => row?.workspaceId ?? null);
}

/** Service API procedures called with an app key; narrows `ctx.app` to the calling app. */
export const appKeyProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const app = await AUTH_FLAVOURS.appKey.resolve(ctx);
  return next({ ctx: { ...ctx, app } });
});

/**
 * For endpoints that take no `user`: Dify acts as the workspace owner there, so a workspace
 * without an active owner is refused with 401.
 */
export const appKeyWithoutUserProcedure = appKeyProcedure.use(async ({ ctx, next }) => {
  const [owner] = await ctx.deps.db
    .select({ id: accounts.id })
    .from(workspaceMembers)
    .innerJoin(accounts, eq(accounts.id, workspaceMembers.accountId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.app.workspaceId), eq(workspaceMembers.role, 'owner'), eq(accounts.status, 'active')));
  if (!owner) throw unauthorized('Tenant owner account not found or tenant is not active.');
  return next();
});
