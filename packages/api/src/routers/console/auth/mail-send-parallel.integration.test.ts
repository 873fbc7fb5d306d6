import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '@tessera/db';
import { createTestApp, seedMember, seedOwner, type SeededUser, tallyAnswers as tally, type TestApp } from '../../../testing';

// Without SMTP every mail is an outbox row. Each test gets its own app: every request comes from
// the same address, so the per-IP window must start empty.
describe('mail send limits under parallel requests', () => {
  let app: TestApp;
  let owner: SeededUser;
  beforeEach(async () => {
    app = await createTestApp();
    owner = await seedOwner(app);
  });
  afterEach(async () => app?.close());

  const mails = async () => (await app.deps.db.select({ n: count() }).from(mailOutbox))[0]!.n;
  const post = (path: string, email: string) => app.request('POST', `/console/api/${path}`, { json: { email } });

  it('mails three sign-in codes of ten asked for at once by one address', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const answers = await Promise.all(Array.from({ length: 10 }, () => post('email-code-login', user.email)));
    expect(tally(answers)).toEqual({ '200 success': 3, '429 email_code_login_rate_limit_exceeded': 7 });
    expect(await mails()).toBe(3);
  });

  it('mails one password reset of five asked for at once by one address', async () => {
    const user = await seedMember(app, owner.workspaceId, 'normal');
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('forgot-password', user.email)));
    expect(tally(answers)).toEqual({ '200 success': 1, '429 password_reset_rate_limit_exceeded': 4 });
    expect(await mails()).toBe(1);
  });

  it('mails fifty of sixty asked for at once from one IP address', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => post('forgot-password', `flood-${i}@example.com`)));
    expect(tally(answers)).toEqual({ '200 success': 50, '429 email_send_ip_limit': 10 });
    expect(await mails()).toBe(50);
  });
});
