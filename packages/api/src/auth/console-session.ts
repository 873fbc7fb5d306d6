import { type RequestInfo } from '../context';
import { type Actor } from '../callers';
import { type AppDeps } from '../deps';
import { errors } from '../errors';
import { findWorkspaceOwner } from '../services/workspaces/membership';
import { UUID } from '../validation';
import { ACCESS_TOKEN_SUBJECT, type SessionRef } from './console-tokens';
import { actorForSession } from './session-actor';
import { verifyJwt } from './tokens';

function cookie(info: RequestInfo, name: string): string | undefined {
  return info.cookies[`__Host-${name}`] ?? info.cookies[name];
}

function bearer(info: RequestInfo): string | undefined {
  const header = info.headers.get('authorization');
  if (!header) return undefined;
  const [scheme, token] = header.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw errors.unauthorized('Invalid Authorization header format. Expected \'Bearer <api-key>\' format.');
  return token;
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
  // A token without a session id predates sessions: refused like any invalid token, so clients
  // refresh into one that has it.
  if (
    claims.sub !== ACCESS_TOKEN_SUBJECT ||
    typeof claims.user_id !== 'string' ||
    typeof claims.sid !== 'string' ||
    'token_source' in claims
  ) {
    throw errors.unauthorized('Invalid token.');
  }
  const session: SessionRef = { accountId: claims.user_id, sessionId: claims.sid };
  if (fromCookie) await assertCsrf(deps, info, session);
  return actorForSession(deps, session);
}

/** `ADMIN_API_KEY` plus `X-WORKSPACE-ID` acts as that workspace's owner (Dify's admin key rule). */
async function actorForAdminKey(deps: AppDeps, info: RequestInfo): Promise<Actor> {
  const workspaceId = info.headers.get('x-workspace-id');
  const owner = workspaceId && UUID.test(workspaceId) ? await findWorkspaceOwner(deps.db, workspaceId) : undefined;
  if (!owner) throw errors.unauthorized('Invalid X-WORKSPACE-ID header.');
  return { accountId: owner.id, email: owner.email, name: owner.name, workspaceId: workspaceId as string, role: 'owner' };
}

async function assertCsrf(deps: AppDeps, info: RequestInfo, session: SessionRef): Promise<void> {
  const header = info.headers.get('x-csrf-token');
  const fromCookie = cookie(info, 'csrf_token');
  const invalid = errors.unauthorized('CSRF token is missing or invalid.');
  if (!header || !fromCookie || header !== fromCookie) throw invalid;
  try {
    const claims = await verifyJwt(deps.config.secretKey, header, deps.now());
    if (claims.sub !== session.accountId || claims.sid !== session.sessionId) throw invalid;
  } catch {
    throw invalid;
  }
}
