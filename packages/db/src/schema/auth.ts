import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt } from './columns';

/** Opaque refresh tokens, stored as SHA-256 hashes so a database leak does not leak sessions. */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    tokenHash: text().primaryKey(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_account_idx').on(t.accountId)],
);

export const ONE_TIME_TOKEN_TYPES = [
  'email_code_login',
  'reset_password',
  'invite_member',
  'owner_transfer',
] as const;
export type OneTimeTokenType = (typeof ONE_TIME_TOKEN_TYPES)[number];

/**
 * Mailed codes and tokens (login codes, password resets, invitations). Each works once and
 * expires; issuing a new one of a type for an email revokes the previous one.
 */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    token: text().primaryKey(),
    type: text().$type<OneTimeTokenType>().notNull(),
    email: text().notNull(),
    accountId: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
    /** Six-digit code mailed with the token, when the flow has one. */
    code: text(),
    /** Flow step, e.g. a reset token moves from 'verify' to 'reset' once its code is checked. */
    phase: text().notNull().default('verify'),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_tokens_type_email_idx').on(t.type, t.email)],
);

/** Fixed-window counters for rate limits and lockouts, shared by every app instance. */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
