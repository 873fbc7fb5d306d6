import { createHmac } from 'node:crypto';
import { getServerSession, type NextAuthOptions, type Session } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { type AppDeps, authenticateWithEmailCode, authenticateWithPassword, CLIENT_IP_HEADER, type SessionRef } from '@tessera/api';
import { getRuntime } from '@tessera/api/runtime';
import { endTokenSession, rememberSession, sessionFromToken, signInWithSession } from './page-session';

// Without NEXTAUTH_URL the origin comes from the request's Host header.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';

type Headerish = Record<string, string | string[] | undefined> | Headers | undefined;

/**
 * next-auth hands `authorize` a plain header record. Tessera's server wrote the client's address
 * (socket peer, or what a trusted proxy forwarded) into its own header, overwriting any sent.
 */
function ipOf(headers: Headerish): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers?.[CLIENT_IP_HEADER];
  return (Array.isArray(value) ? value[0] : value) || '127.0.0.1';
}

/** The thrown code reaches the sign-in form as `error`, which it translates. */
function failure(error: unknown, deps: AppDeps): Error {
  const { appCode, code } = (error ?? {}) as { appCode?: unknown; code?: unknown };
  if (typeof appCode === 'string') return new Error(appCode);
  if (typeof code === 'string' && /^[a-z_-]+$/.test(code)) return new Error(code);
  deps.logger.error('sign-in failed unexpectedly', { error: error instanceof Error ? error.stack ?? error.message : String(error) });
  return new Error('unknown');
}

async function authorizeWith<I extends { ip: string }>(
  authenticate: (deps: AppDeps, input: I) => Promise<{ id: string; email: string; name: string }>,
  input: I,
) {
  const { deps } = await getRuntime();
  try {
    return await signInWithSession(deps, authenticate, input);
  } catch (error) {
    throw failure(error, deps);
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt' },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      id: 'password',
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) throw new Error('authentication_failed');
        return authorizeWith(authenticateWithPassword, {
          email: credentials.email,
          password: credentials.password,
          ip: ipOf(req?.headers),
        });
      },
    }),
    CredentialsProvider({
      id: 'email-code',
      name: 'Email code',
      credentials: { email: { type: 'email' }, code: { type: 'text' }, token: { type: 'text' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.code || !credentials.token) throw new Error('email_code_error');
        return authorizeWith(authenticateWithEmailCode, {
          email: credentials.email,
          code: credentials.code,
          token: credentials.token,
          ip: ipOf(req?.headers),
        });
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return rememberSession(token, user);
    },
    session({ session, token }) {
      const named = sessionFromToken(token);
      if (session.user && named) {
        session.user.id = named.accountId;
        session.sessionId = named.sessionId;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const { deps } = await getRuntime();
      await endTokenSession(deps, token);
    },
  },
};

/**
 * NEXTAUTH_SECRET wins; otherwise the session key is derived from the runtime's SECRET_KEY, so
 * sessions survive restarts and every instance sharing SECRET_KEY accepts them.
 */
export async function resolveAuthOptions(): Promise<NextAuthOptions> {
  if (!authOptions.secret) {
    const explicit = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
    if (explicit) {
      authOptions.secret = explicit;
    } else {
      const { deps } = await getRuntime();
      authOptions.secret = createHmac('sha256', deps.config.secretKey).update('tessera:nextauth').digest('base64url');
    }
  }
  return authOptions;
}

export async function getSession(): Promise<Session | null> {
  return getServerSession(await resolveAuthOptions());
}

/**
 * The account and server-side session the next-auth cookie names. Whether that session is still
 * live is checked where the RPC context resolves the actor, in the query that loads the account.
 */
export async function getPageSession(): Promise<SessionRef | null> {
  const session = await getSession();
  return sessionFromToken({ accountId: session?.user?.id, sessionId: session?.sessionId });
}
