import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox, workspaceMembers } from '@tessera/db';
import { seedMember, seedWorkspace, type SeededUser } from '../../../testing';
import { useIntegrationFixture } from '../../../testing/fixtures';

describe('console mail outbox (no SMTP configured)', () => {
  const fx = useIntegrationFixture({ otherWorkspace: true });

  const outbox = (user: SeededUser) => fx.app.request('GET', '/console/api/mail/outbox', { token: user.token });
  const sendCode = (email: string) => fx.app.request('POST', '/console/api/email-code-login', { json: { email } });
  const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

  it('keeps the mail in the outbox as stored, and the owner reads the code there to sign a member in', async () => {
    const user = await seedMember(fx.app, fx.owner.workspaceId, 'normal');
    const sent = await sendCode(user.email);
    expect(sent.status).toBe(200);
    const [row] = await fx.app.deps.db.select().from(mailOutbox).where(eq(mailOutbox.to, user.email));
    expect(row).toMatchObject({ status: 'stored', template: 'email_code_login', workspaceId: null, sentAt: null });

    const res = await outbox(fx.owner);
    expect(res.status).toBe(200);
    const mail = res.body.data.find((m: { to: string }) => m.to === user.email);
    expect(mail).toEqual({
      id: row!.id,
      to: user.email,
      subject: 'Your Tessera sign-in code',
      text: row!.text,
      template: 'email_code_login',
      status: 'stored',
      created_at: Math.floor(row!.createdAt.getTime() / 1000),
    });
    expect(Object.keys(res.body)).toEqual(['data']);

    const signedIn = await fx.app.request('POST', '/console/api/email-code-login/validity', {
      json: { email: user.email, code: codeIn(mail.text), token: sent.body.data },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.result).toBe('success');
  });

  it('is for owners and admins only', async () => {
    for (const role of ['editor', 'normal', 'dataset_operator'] as const) {
      const user = await seedMember(fx.app, fx.owner.workspaceId, role);
      const res = await outbox(user);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    expect((await outbox(admin)).status).toBe(200);
    expect((await fx.app.request('GET', '/console/api/mail/outbox')).status).toBe(401);
  });

  it("never shows another workspace's mails", async () => {
    await sendCode(fx.other.email);
    await fx.app.deps.mailer.send({ to: 'guest@example.com', subject: 'Join other', text: 'invite', template: 'invite_member', workspaceId: fx.other.workspaceId });
    await fx.app.deps.mailer.send({ to: 'guest@example.com', subject: 'Join mine', text: 'invite', template: 'invite_member', workspaceId: fx.owner.workspaceId });

    const mine = await outbox(fx.owner);
    const recipients = mine.body.data.map((m: { to: string }) => m.to);
    expect(recipients).not.toContain(fx.other.email);
    expect(mine.body.data.map((m: { subject: string }) => m.subject)).toContain('Join mine');
    expect(mine.body.data.map((m: { subject: string }) => m.subject)).not.toContain('Join other');

    const theirs = await outbox(fx.other);
    expect(theirs.body.data.map((m: { to: string }) => m.to)).toContain(fx.other.email);
    expect(theirs.body.data.map((m: { subject: string }) => m.subject)).toEqual(['Join other', 'Your Tessera sign-in code']);
  });

  it("hides the codes of anyone who outranks the reader somewhere: an admin never sees the owner's, nor an owner another workspace owner's", async () => {
    const admin = await seedMember(fx.app, fx.owner.workspaceId, 'admin');
    await sendCode(fx.owner.email);
    const adminView = await outbox(admin);
    expect(adminView.body.data.map((m: { to: string }) => m.to)).not.toContain(fx.owner.email);
    expect((await outbox(fx.owner)).body.data.map((m: { to: string }) => m.to)).toContain(fx.owner.email);

    // The other workspace's owner also joins this workspace as a normal member.
    const boss = await seedWorkspace(fx.app, 'boss');
    await fx.app.deps.db.insert(workspaceMembers).values({ workspaceId: fx.owner.workspaceId, accountId: boss.accountId, role: 'normal' });
    await sendCode(boss.email);
    expect((await outbox(fx.owner)).body.data.map((m: { to: string }) => m.to)).not.toContain(boss.email);
    expect((await outbox(boss)).body.data.map((m: { to: string }) => m.to)).toContain(boss.email);
    await fx.app.deps.db
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, fx.owner.workspaceId), eq(workspaceMembers.accountId, boss.accountId)));
  });

  it('lists the 50 newest mails, newest first', async () => {
    for (let i = 0; i < 55; i++) {
      await fx.app.deps.mailer.send({ to: `bulk-${i}@example.com`, subject: `Bulk ${i}`, text: 'x', template: 'test', workspaceId: fx.owner.workspaceId });
    }
    const res = await outbox(fx.owner);
    expect(res.body.data).toHaveLength(50);
    expect(res.body.data[0].subject).toBe('Bulk 54');
    expect(res.body.data[49].subject).toBe('Bulk 5');
    const times = res.body.data.map((m: { created_at: number }) => m.created_at);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
