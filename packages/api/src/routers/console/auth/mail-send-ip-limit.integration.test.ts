import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mailOutbox } from '@tessera/db';
import { useIntegrationFixture } from '../../../testing/fixtures';

// Without SMTP every mail is an outbox row, which keeps fifty sends quick.
describe('mail sends per IP', () => {
  const fx = useIntegrationFixture();

  const mails = async () => (await fx.app.deps.db.select({ n: count() }).from(mailOutbox))[0]!.n;
  const post = (path: string, email: string, ip: string, forwardedFor?: string) =>
    fx.app.request('POST', `/console/api/${path}`, {
      json: { email },
      clientIp: ip,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    });

  it('refuses more than 50 mails a minute from one IP on every mail endpoint, then freezes a repeat offender for an hour', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 50; i++) {
      const res = await post(i % 2 ? 'forgot-password' : 'reset-password', `flood-${i}@example.com`, ip);
      expect(res.status).toBe(200);
    }
    const before = await mails();
    const over = await post('forgot-password', 'flood-x@example.com', ip);
    expect(over.status).toBe(429);
    expect(over.body).toEqual({
      code: 'email_send_ip_limit',
      message: 'Too many emails have been sent from this IP address recently.',
      status: 429,
    });
    for (const path of ['email-code-login', 'reset-password']) {
      const res = await post(path, fx.owner.email, ip);
      expect(res.status).toBe(429);
      expect(res.body.code).toBe('email_send_ip_limit');
    }
    expect(await mails()).toBe(before);

    expect((await post('email-code-login', fx.owner.email, '198.51.100.9')).status).toBe(200);

    fx.app.advanceClock(2 * 60_000);
    const frozen = await post('forgot-password', 'flood-y@example.com', ip);
    expect(frozen.status).toBe(429);
    expect(frozen.body.code).toBe('email_send_ip_limit');
    fx.app.advanceClock(61 * 60_000);
    expect((await post('forgot-password', 'flood-y@example.com', ip)).status).toBe(200);
  });

  it('lets a single breach pass once the minute is over', async () => {
    const ip = '203.0.113.8';
    for (let i = 0; i < 50; i++) expect((await post('forgot-password', `burst-${i}@example.com`, ip)).status).toBe(200);
    expect((await post('forgot-password', 'burst-x@example.com', ip)).status).toBe(429);
    fx.app.advanceClock(61_000);
    expect((await post('forgot-password', 'burst-y@example.com', ip)).status).toBe(200);
  });

  it('keys the limit on the address the server established, not on what the client claims', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < 50; i++) {
      // A different made-up address on every request does not make them different senders.
      const res = await post('forgot-password', `spoof-${i}@example.com`, ip, `198.51.100.${i}`);
      expect(res.status).toBe(200);
    }
    const res = await post('forgot-password', 'spoof-x@example.com', ip, '192.0.2.1');
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('email_send_ip_limit');
  });
});
