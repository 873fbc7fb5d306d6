import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';

/**
 * Every mail Tessera sends is written here first. With SMTP configured it is delivered and
 * marked sent; without SMTP it stays readable by the workspace owner in the console.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    /** Insertion order: many mails can share one created_at, and readers want them newest first. */
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    workspaceId: uuid(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    template: text().notNull(),
    status: text().$type<'pending' | 'sent' | 'failed' | 'stored'>().notNull().default('pending'),
    error: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('mail_outbox_seq_idx').on(t.seq)],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
