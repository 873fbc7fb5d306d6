import { eq } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
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
  // nodemailer (about 10 MB) is loaded with the first mail, and only when SMTP is configured.
  let transport: Promise<Transporter> | undefined;
  const smtpTransport = (config: SmtpConfig) =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        host: config.host,
        port: config.port,
        secure: config.secure,
        auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
        tls: { rejectUnauthorized: config.verifyTls !== false },
      }),
    ));

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
          status: smtp ? 'pending' : 'stored',
        })
        .returning({ id: mailOutbox.id });
      if (!smtp || !row) {
        logger.info('mail stored in the outbox (SMTP is not configured)', {
          to: mail.to,
          subject: mail.subject,
          body: mail.text,
        });
        return;
      }
      try {
        await (await smtpTransport(smtp)).sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
        await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date() }).where(eq(mailOutbox.id, row.id));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db.update(mailOutbox).set({ status: 'failed', error: message }).where(eq(mailOutbox.id, row.id));
        logger.error('mail delivery failed; kept in the outbox', { to: mail.to, subject: mail.subject, reason: message });
      }
    },
  };
}
