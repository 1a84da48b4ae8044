import { date, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

/** The three-tier network: district guidance centre → town station → village service point. */
export const stations = pgTable(
  'stations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    tier: text('tier').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    parentId: uuid('parent_id'),
    address: text('address'),
    phone: text('phone'),
    status: text('status').notNull().default('active'),
    openedOn: date('opened_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('stations_region_idx').on(t.regionCode),
    index('stations_org_idx').on(t.organisationId),
    index('stations_parent_idx').on(t.parentId),
  ],
);
