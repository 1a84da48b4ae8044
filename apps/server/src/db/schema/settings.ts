import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Values that policy leaves to each city; defaults live in code (platform/settings.ts). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
