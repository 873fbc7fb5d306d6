import { pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const ACCOUNT_STATUSES = ['pending', 'uninitialized', 'active', 'banned', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    name: text().notNull(),
    /** Always stored lower-cased; look-ups lower-case their input. */
    email: text().notNull(),
    /** argon2id PHC string; null for accounts created by invitation that never set one. */
    passwordHash: text(),
    avatar: text(),
    interfaceLanguage: text().notNull().default('en-US'),
    interfaceTheme: text().notNull().default('light'),
    timezone: text().notNull().default('UTC'),
    lastLoginAt: timestamp({ withTimezone: true }),
    lastLoginIp: text(),
    lastActiveAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: text().$type<AccountStatus>().notNull().default('active'),
    initializedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('accounts_email_key').on(t.email)],
);

export type Account = typeof accounts.$inferSelect;
