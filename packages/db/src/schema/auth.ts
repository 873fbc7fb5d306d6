import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id } from './columns';

/**
 * One row per sign-in, shared by the console's tokens and the console pages' next-auth session.
 * Access tokens name their row (`sid`), so deleting it signs that sign-in out everywhere at once.
 * Console sign-ins also hold an opaque refresh token, stored as a SHA-256 hash so a database leak
 * does not leak sessions; page sign-ins have none.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    refreshTokenHash: text(),
    /** Moves forward while the session is used; after it, nothing of the session works. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId), uniqueIndex('sessions_refresh_token_hash_key').on(t.refreshTokenHash)],
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
