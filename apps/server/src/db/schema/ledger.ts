import { date, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * 服务台账: one row per service delivered (a visit, a service, a group attendance, an
 * activity participation, an unnamed headcount, an imported Excel line). Every output
 * measure (person-times, people served by category) is computed from this table; the
 * station's ledger is a view of it. Rows are written by the modules that record services,
 * only through modules/ledger/ledger-writer.ts; docs/ledger.md has the convention.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: uuid('id').primaryKey(),
    /** null for an unnamed headcount. */
    clientId: uuid('client_id'),
    stationId: uuid('station_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    /** The station's region (scope) and the served person's community. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    servedOn: date('served_on').notNull(),
    /** case_visit | case_service | group_session | activity | imported */
    kind: text('kind').notNull(),
    /** The case, group session or activity the row came from. */
    sourceId: uuid('source_id'),
    serviceType: text('service_type'),
    content: text('content'),
    personTimes: integer('person_times').notNull().default(1),
    workerId: uuid('worker_id'),
    importId: uuid('import_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_records_station_day_idx').on(t.stationId, t.servedOn),
    index('service_records_region_day_idx').on(t.regionCode, t.servedOn),
    index('service_records_client_idx').on(t.clientId, t.servedOn),
    index('service_records_source_idx').on(t.sourceId),
  ],
);
