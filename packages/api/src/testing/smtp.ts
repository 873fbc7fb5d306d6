import { type AddressInfo } from 'node:net';
import type { SMTPServer as SmtpServerType } from 'smtp-server';
import { type SmtpConfig } from '../config';

export interface CapturedMail {
  /** Envelope recipients, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface TestSmtpServer {
  host: string;
  port: number;
  /** Every mail received, oldest first. */
  mails: CapturedMail[];
  /** Config for `createTestApp({ smtp })`. */
  config: SmtpConfig;
  /**
   * The oldest mail to `to` not yet returned by this function, waiting for it when none has arrived.
   * Each mail is returned once, so a test reads the mails of an address in the order they came.
   */
  nextMail(to: string, timeoutMs?: number): Promise<CapturedMail>;
  /** `nextMail` and the first six-digit code in its text. */
  nextCode(to: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export const TEST_MAIL_FROM = 'Tessera <no-reply@tessera.local>';

/**
 * A real SMTP server on loopback (random port, STARTTLS with smtp-server's built-in certificate, no
 * authentication) that parses and keeps every mail, so tests read codes the way a user would.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  // Loaded on use: only the tests that read mail pay for the SMTP server and the MIME parser.
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const waiters = new Set<() => void>();
  const server: SmtpServerType = new SMTPServer({
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
          });
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  const host = '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const take = (to: string) => {
    const mail = mails.find((m) => !taken.has(m) && m.to.includes(to.toLowerCase()));
    if (mail) taken.add(mail);
    return mail;
  };

  const nextMail = (to: string, timeoutMs = 5_000) =>
    new Promise<CapturedMail>((resolve, reject) => {
      const found = take(to);
      if (found) return resolve(found);
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = () => {
        const mail = take(to);
        if (!mail) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(mail);
      };
      waiters.add(check);
    });

  return {
    host,
    port,
    mails,
    // smtp-server's STARTTLS certificate is self-signed, so the test mailer skips verification.
    config: { host, port, secure: false, from: TEST_MAIL_FROM, verifyTls: false },
    nextMail,
    async nextCode(to, timeoutMs) {
      const mail = await nextMail(to, timeoutMs);
      const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
      if (!code) throw new Error(`mail to ${to} has no six-digit code: ${mail.text}`);
      return code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
