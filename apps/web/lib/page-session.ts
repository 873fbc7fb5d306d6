import { type JWT } from 'next-auth/jwt';
import { type AppDeps, endSessionById, type SessionRef, startPageSession } from '@tessera/api';

/** What a successful `authorize` hands next-auth: never the account row with its password hash. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  /** The server-side session this sign-in opened; the next-auth JWT carries it. */
  sessionId: string;
}

/**
 * Signs in through one of the account services (password or mailed code) and opens the session
 * row that makes the sign-in revocable: a next-auth JWT cannot be taken back, the row can.
 */
export async function signInWithSession<I extends { ip: string }>(
  deps: AppDeps,
  authenticate: (deps: AppDeps, input: I) => Promise<{ id: string; email: string; name: string }>,
  input: I,
): Promise<SignedInUser> {
  const account = await authenticate(deps, input);
  const sessionId = await startPageSession(deps, account, input.ip);
  return { id: account.id, email: account.email, name: account.name, sessionId };
}

/** The `jwt` callback's job on sign-in: the token names the account and its session. */
export function rememberSession(token: JWT, user: { id?: string; sessionId?: string } | undefined): JWT {
  if (user?.id && user.sessionId) {
    token.accountId = user.id;
    token.sessionId = user.sessionId;
  }
  return token;
}

/** The session a next-auth JWT names. Tokens from before sessions existed name none and sign nobody in. */
export function sessionFromToken(token: Pick<JWT, 'accountId' | 'sessionId'> | null | undefined): SessionRef | null {
  if (typeof token?.accountId !== 'string' || typeof token.sessionId !== 'string') return null;
  return { accountId: token.accountId, sessionId: token.sessionId };
}

/** Sign-out ends the session on the server, so a copy of the JWT cookie is worth nothing afterwards. */
export async function endTokenSession(deps: AppDeps, token: Pick<JWT, 'accountId' | 'sessionId'> | null | undefined): Promise<void> {
  const session = sessionFromToken(token);
  if (session) await endSessionById(deps, session);
}
