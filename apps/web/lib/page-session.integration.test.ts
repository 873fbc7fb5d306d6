import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateWithPassword, consoleRouter, type SessionRef } from '@tessera/api';
import { createTestApp, seedOwner, type SeededUser, TEST_PASSWORD, type TestApp } from '@tessera/api/testing';
import { endTokenSession, rememberSession, sessionFromToken, signInWithSession } from './page-session';

// The next-auth side of a console page sign-in, over a real database: what `authorize`, the `jwt`
// callback and the sign-out event do, and what the typed RPC context then accepts.
describe('console page sessions (next-auth)', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeAll(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
  });
  afterAll(async () => app?.close());

  const profileAs = async (session: SessionRef | null) => {
    const ctx = await app.runtime.createRpcContext({ req: new Request('http://localhost/api/trpc'), session });
    return consoleRouter.createCaller(ctx).account.profile();
  };
  const signIn = () => signInWithSession(app.deps, authenticateWithPassword, { email: owner.email, password: TEST_PASSWORD, ip: '10.0.0.7' });

  it('a sign-in puts its session id in the JWT, and the RPC context serves that session', async () => {
    const user = await signIn();
    expect(user).toMatchObject({ id: owner.accountId, email: owner.email });
    expect(Object.keys(user).sort()).toEqual(['email', 'id', 'name', 'sessionId']);
    const token = rememberSession({}, user);
    expect(token).toEqual({ accountId: owner.accountId, sessionId: user.sessionId });
    expect((await profileAs(sessionFromToken(token))).email).toBe(owner.email);
  });

  it('sign-out ends the session: the same JWT no longer reaches the RPC context, other sign-ins do', async () => {
    const token = rememberSession({}, await signIn());
    const other = rememberSession({}, await signIn());
    await endTokenSession(app.deps, token);
    await expect(profileAs(sessionFromToken(token))).rejects.toMatchObject({ code: 'UNAUTHORIZED', appCode: 'unauthorized_and_force_logout' });
    expect((await profileAs(sessionFromToken(other))).email).toBe(owner.email);
  });

  it('a JWT from before sessions existed names no session and signs nobody in', async () => {
    expect(sessionFromToken({ accountId: owner.accountId })).toBeNull();
    expect(sessionFromToken(null)).toBeNull();
    await expect(profileAs(sessionFromToken({ accountId: owner.accountId }))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(endTokenSession(app.deps, { accountId: owner.accountId })).resolves.toBeUndefined();
  });
});
