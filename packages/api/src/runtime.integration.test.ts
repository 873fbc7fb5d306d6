import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workspaceMembers } from '@tessera/db';
import { type SessionRef } from './auth/console-tokens';
import { endSessionById, startPageSession } from './services/accounts/sessions';
import { seedMember, type SeededUser } from './testing';
import { useIntegrationFixture } from './testing/fixtures';

// The typed RPC mount the console pages call, driven through the runtime the Next.js route uses,
// with the session a next-auth sign-in names.
describe('typed RPC mount: the next-auth session must still be live', () => {
  const fx = useIntegrationFixture();

  const pageSignIn = async (user: SeededUser): Promise<SessionRef> => ({
    accountId: user.accountId,
    sessionId: await startPageSession(fx.app.deps, { id: user.accountId }),
  });
  const profile = (session: SessionRef | null) =>
    fx.app.runtime.handleRpc({ req: new Request('http://localhost/api/trpc/account.profile'), endpoint: '/api/trpc', session });
  const codeOf = async (res: Response) => ((await res.json()) as { error?: { data?: { appCode?: string } } }).error?.data?.appCode;

  it('serves a live session and refuses it once ended, while other sessions of the account go on', async () => {
    const ended = await pageSignIn(fx.owner);
    const other = await pageSignIn(fx.owner);
    const live = await profile(ended);
    expect(live.status).toBe(200);
    expect(((await live.json()) as { result: { data: { email: string } } }).result.data.email).toBe(fx.owner.email);

    await endSessionById(fx.app.deps, ended);
    const refused = await profile(ended);
    expect(refused.status).toBe(401);
    expect(await codeOf(refused)).toBe('unauthorized_and_force_logout');
    expect((await profile(other)).status).toBe(200);
    expect((await profile(null)).status).toBe(401);
  });

  it("refuses a session id under another account's id", async () => {
    const mine = await pageSignIn(fx.owner);
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    expect((await profile({ accountId: member.accountId, sessionId: mine.sessionId })).status).toBe(401);
    expect((await profile({ accountId: fx.owner.accountId, sessionId: 'not-a-uuid' })).status).toBe(401);
  });

  it('ends the page sessions of a member removed from their only workspace', async () => {
    const member = await seedMember(fx.app, fx.owner.workspaceId, 'editor');
    const session = await pageSignIn(member);
    expect((await profile(session)).status).toBe(200);
    const removed = await fx.app.request('DELETE', `/console/api/workspaces/current/members/${member.accountId}`, { token: fx.owner.token });
    expect(removed.status).toBe(200);
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: fx.owner.workspaceId, accountId: member.accountId, role: 'editor' });
    expect((await profile(session)).status).toBe(401);
    await fx.app.deps.db.delete(workspaceMembers).where(eq(workspaceMembers.accountId, member.accountId));
  });

  it('keeps a session in use going past its lifetime, and ends one left unused', async () => {
    const days = (n: number) => n * 86_400_000;
    const lifetime = fx.app.deps.config.refreshTokenDays;
    const used = await pageSignIn(fx.owner);
    const unused = await pageSignIn(fx.owner);
    fx.app.advanceClock(days(lifetime - 1));
    expect((await profile(used)).status).toBe(200);
    fx.app.advanceClock(days(lifetime - 1));
    expect((await profile(used)).status).toBe(200);
    expect((await profile(unused)).status).toBe(401);
  });
});
