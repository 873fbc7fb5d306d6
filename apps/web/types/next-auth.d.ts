import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null; image?: string | null };
    /** The server-side session (row in `sessions`) this sign-in opened. */
    sessionId?: string;
  }

  interface User {
    sessionId?: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    accountId?: string;
    sessionId?: string;
  }
}
