import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row once the first owner has been created (Dify's dify_setups). */
export const setupState = pgTable('setup_state', {
  version: text().primaryKey(),
  setupAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
