import { type Actor, type RequestInfo } from '../context';
import { type AppDeps } from '../deps';
import { AppError } from '../errors';
import { findAccountById } from '../services/accounts/find-account';
import { findWorkspaceOwner, resolveCurrentMembership } from '../services/workspaces/membership';
import { UUID } from '../validation';
import { verifyJwt } from './tokens';

export const ACCESS_TOKEN_SUBJECT = 'Console API Passport';

function cookie(info: RequestInfo, name: string): string | undefined {
  return info.cookies[`__Host-${name}`] ?? info.cookies[name];
}

function bearer(info: RequestInfo): string | undefined {
  const header = info.headers.get('authorization');
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw new AppError('unauthorized', 'Invalid Authorization header format. Expected \'Bearer <api-key>\' format.', 401);
  return token;
}

/**
 * Builds the actor for an account id: the account must be usable and belong to a workspace.
 * Shared by the console REST mount (tokens) and the typed RPC mount (next-auth session).
 */
export async function actorForAccount(deps: AppDeps, accountId: string): Promise<Actor> {
  const account = await findAccountById(deps.db, accountId);
  if (!account) throw new AppError('unauthorized', 'Invalid token.', 401);
  if (account.status === 'banned' || account.status === 'closed') {
    throw new AppError('unauthorized_and_force_logout', 'Account is banned or closed.', 401);
  }
  if (account.status === 'uninitialized') throw new AppError('account_not_initialized', 'The account has not been initialized yet.', 400);
  const membership = await resolveCurrentMembership(deps.db, account.id);
  if (!membership) throw new AppError('workspace_not_found', 'Workspace not found, please contact system admin to invite you to join in a workspace.', 401);
  return { accountId: account.id, email: account.email, name: account.name, workspaceId: membership.workspaceId, role: membership.role };
}

/**
 * Console callers present the access token as a cookie (new Dify clients, with a CSRF token) or
 * as a Bearer header (old clients and scripts). The cookie wins when both are present. CSRF
 * guards cookie sessions only: a Bearer header is never sent by a browser on its own.
 */
export async function resolveConsoleActor(deps: AppDeps, info: RequestInfo): Promise<Actor | null> {
  const fromCookie = cookie(info, 'access_token');
  const fromHeader = bearer(info);
  const token = fromCookie ?? fromHeader;
  if (!token) return null;
  if (!fromCookie && deps.config.adminApiKey && token === deps.config.adminApiKey) {
    return actorForAdminKey(deps, info);
  }
  const claims = await verifyJwt(deps.config.secretKey, token, deps.now());
  if (claims.sub !== ACCESS_TOKEN_SUBJECT || typeof claims.user_id !== 'string' || 'token_source' in claims) {
    throw new AppError('unauthorized', 'Invalid token.', 401);
  }
  if (fromCookie) await assertCsrf(deps, info, claims.user_id);
  return actorForAccount(deps, claims.user_id);
}

/** `ADMIN_API_KEY` plus `X-WORKSPACE-ID` acts as that workspace's owner (Dify's admin key rule). */
async function actorForAdminKey(deps: AppDeps, info: RequestInfo): Promise<Actor> {
  const workspaceId = info.headers.get('x-workspace-id');
  const owner = workspaceId && UUID.test(workspaceId) ? await findWorkspaceOwner(deps.db, workspaceId) : undefined;
  if (!owner) throw new AppError('unauthorized', 'Invalid X-WORKSPACE-ID header.', 401);
  return { accountId: owner.id, email: owner.email, name: owner.name, workspaceId: workspaceId as string, role: 'owner' };
}

async function assertCsrf(deps: AppDeps, info: RequestInfo, accountId: string): Promise<void> {
  const header = info.headers.get('x-csrf-token');
  const fromCookie = cookie(info, 'csrf_token');
  const invalid = new AppError('unauthorized', 'CSRF token is missing or invalid.', 401);
  if (!header || !fromCookie || header !== fromCookie) throw invalid;
  try {
    const claims = await verifyJwt(deps.config.secretKey, header, deps.now());
    if (claims.sub !== accountId) throw invalid;
  } catch {
    throw invalid;
  }
}
