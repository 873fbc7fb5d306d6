import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { type Database, mailOutbox } from '@tessera/db';
import { type SmtpConfig } from '../config';
import { type Logger } from '../logger';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Which template produced it (email_code_login, reset_password, invite_member, …). */
  template: string;
  workspaceId?: string | null;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Writes every mail to the outbox, then delivers it over SMTP when configured. Without SMTP the
 * mail stays in the outbox (the owner reads it in the console) and its text goes to the log, so
 * nothing is ever dropped.
 */
export function createMailer(db: Database, smtp: SmtpConfig | undefined, logger: Logger): Mailer {
  const transport = smtp
    ? nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
        tls: { rejectUnauthorized: smtp.verifyTls !== false },
      })
    : undefined;

  return {
    async send(mail) {
      const [row] = await db
        .insert(mailOutbox)
        .values({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          template: mail.template,
          workspaceId: mail.workspaceId ?? null,
          status: transport ? 'pending' : 'stored',
        })
        .returning({ id: mailOutbox.id });
      if (!transport || !smtp || !row) {
        logger.info('mail stored in the outbox (SMTP is not configured)', {
          to: mail.to,
          subject: mail.subject,
          body: mail.text,
        });
        return;
      }
      try {
        await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
        await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.id, row.id));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db.update(mailOutbox).set({ status: 'failed', error: message }).where(eq(mailOutbox.id, row.id));
        logger.error('mail delivery failed; kept in the outbox', { to: mail.to, subject: mail.subject, reason: message });
      }
    },
  };
}
