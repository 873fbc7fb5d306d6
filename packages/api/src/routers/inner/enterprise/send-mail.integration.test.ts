import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@tessera/db';
import { createTestApp, startTestSmtpServer, type TestApp, type TestSmtpServer } from '../../../testing';

const KEY = 'inner-mail-key';

describe('POST /inner/api/enterprise/mail', () => {
  let app: TestApp;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    app = await createTestApp({ innerApiKey: KEY, smtp: smtp.config });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const send = (json: unknown, key = KEY) =>
    app.request('POST', '/inner/api/enterprise/mail', { json, headers: { 'X-Inner-Api-Key': key } });

  it('delivers one mail per recipient with the substitutions filled in', async () => {
    const res = await send({
      to: ['a@example.com', 'B@example.com'],
      subject: 'Hello {{ name }}',
      body: '<p>Your plan is {{plan}}.</p>',
      substitutions: { name: 'team', plan: 'pro' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'success' });
    for (const to of ['a@example.com', 'b@example.com']) {
      const mail = await smtp.nextMail(to);
      expect(mail.subject).toBe('Hello team');
      expect(mail.html).toContain('Your plan is pro.');
    }
  });

  it('refuses bad input and a wrong key, sending nothing', async () => {
    const before = (await app.deps.db.select().from(mailOutbox)).length;
    expect((await send({ to: [], subject: 's', body: 'b' })).body).toMatchObject({ code: 'invalid_param', status: 400 });
    const badAddress = await send({ to: ['not-an-email'], subject: 's', body: 'b' });
    expect(badAddress.status).toBe(400);
    expect(badAddress.body.message).toMatch(/^to\.0/);
    expect((await send({ to: ['a@example.com'], subject: 's', body: 'b' }, 'wrong')).status).toBe(401);
    expect((await app.deps.db.select().from(mailOutbox)).length).toBe(before);
  });
});
