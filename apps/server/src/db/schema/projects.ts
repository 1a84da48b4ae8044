import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { stations } from './stations.ts';

/** 项目目录: the yearly catalogue of purchasable services by area. */
export const catalogueItems = pgTable(
  'catalogue_items',
  {
    id: uuid('id').primaryKey(),
    year: smallint('year').notNull(),
    serviceArea: text('service_area').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The buyer's region (city, district or town). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** planned (拟购买) | in_progress (正在实施) | dropped */
    status: text('status').notNull().default('planned'),
    referencePrice: numeric('reference_price', { precision: 14, scale: 2 }),
    lastBoughtYear: smallint('last_bought_year'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('catalogue_items_region_year_idx').on(t.regionCode, t.year)],
);

/**
 * A purchased project (contract): buyer, provider, stations, period, amount.
 * draft → contracted → in_service → mid_evaluated → final_evaluated → closed.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    catalogueItemId: uuid('catalogue_item_id').references(() => catalogueItems.id),
    /** The buyer (购买方): its region is the project's region for scope. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    buyerName: text('buyer_name').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    contractAmount: numeric('contract_amount', { precision: 14, scale: 2 }).notNull(),
    status: text('status').notNull().default('draft'),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('projects_code_key').on(t.code),
    index('projects_region_idx').on(t.regionCode),
    index('projects_org_idx').on(t.organisationId),
  ],
);

export const projectStations = pgTable(
  'project_stations',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.stationId] }), index('project_stations_station_idx').on(t.stationId)],
);

export const projectEvents = pgTable(
  'project_events',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    comment: text('comment'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_events_project_idx').on(t.projectId)],
);

/** Budget lines: personnel, activities, supervision, administration, other. */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    category: text('category').notNull(),
    name: text('name').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [index('budget_lines_project_idx').on(t.projectId)],
);

export const expenditures = pgTable(
  'expenditures',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLines.id),
    spentOn: date('spent_on').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    description: text('description').notNull(),
    evidenceFileId: uuid('evidence_file_id'),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('expenditures_project_idx').on(t.projectId, t.spentOn), index('expenditures_line_idx').on(t.budgetLineId)],
);

/** Output targets from the indicator list (cases, person-times, people served per category, ...). */
export const projectTargets = pgTable(
  'project_targets',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    indicator: text('indicator').notNull(),
    /** For people-served-by-category targets. */
    categoryCode: text('category_code'),
    target: integer('target').notNull(),
  },
  (t) => [index('project_targets_project_idx').on(t.projectId)],
);

/**
 * Rollups of the service ledger kept by triggers on service_records (migration 0006):
 * dashboards read these, never scan the ledger. refs counts a client's rows so deletions
 * keep distinct counts exact.
 */
export const rollupStationMonth = pgTable(
  'rollup_station_month',
  {
    stationId: uuid('station_id').notNull(),
    month: date('month').notNull(),
    kind: text('kind').notNull(),
    personTimes: integer('person_times').notNull(),
    records: integer('records').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.month, t.kind] })],
);

export const rollupClientMonth = pgTable(
  'rollup_client_month',
  {
    stationId: uuid('station_id').notNull(),
    month: date('month').notNull(),
    clientId: uuid('client_id').notNull(),
    refs: integer('refs').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.month, t.clientId] }), index('rollup_client_month_client_idx').on(t.clientId)],
);

export const rollupStationDay = pgTable(
  'rollup_station_day',
  {
    stationId: uuid('station_id').notNull(),
    day: date('day').notNull(),
    kind: text('kind').notNull(),
    personTimes: integer('person_times').notNull(),
    records: integer('records').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.day, t.kind] })],
);

/**
 * Distinct people served per region and period, kept by the same trigger (migration 0008) so a
 * city, district or town dashboard reads a handful of counter rows instead of counting distinct
 * clients over millions of rollup_client_month rows. A station's region code never changes
 * (StationUpdate has no regionCode), so a station's prefixes are fixed: city (4 digits),
 * district (6) and, for stations at town level or below, town (9).
 *
 * rollup_region_client_month: refs = the stations under the prefix that served the client that
 * month (rows of rollup_client_month; migration 0010). When it is created (0 → 1) or deleted
 * (1 → 0) the client enters or leaves the month.
 */
export const rollupRegionClientMonth = pgTable(
  'rollup_region_client_month',
  {
    prefix: varchar('prefix', { length: 9 }).notNull(),
    month: date('month').notNull(),
    clientId: uuid('client_id').notNull(),
    refs: integer('refs').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.month, t.clientId] }), index('rollup_region_client_month_client_idx').on(t.clientId)],
);

/**
 * A client's year under a prefix: category '' counts the months (rows of
 * rollup_region_client_month) the client was served in that year; a category code counts those
 * of the months during which the client held that category (a holding overlapping the month,
 * by client_category_holdings as it stands now — edits of holdings recompute the client).
 */
export const rollupRegionClientYear = pgTable(
  'rollup_region_client_year',
  {
    prefix: varchar('prefix', { length: 9 }).notNull(),
    year: smallint('year').notNull(),
    category: text('category').notNull(),
    clientId: uuid('client_id').notNull(),
    months: integer('months').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.prefix, t.year, t.category, t.clientId] }),
    index('rollup_region_client_year_client_idx').on(t.clientId),
  ],
);

/**
 * The counters dashboards read: people = distinct clients with a row above, per prefix, period
 * ('2026' a year, '2026-03' a month; months only for category '') and category ('' = anyone).
 * Split into 32 shards by the client id's last byte so concurrent writers rarely wait on the same
 * row (the city's row would otherwise be touched by every new person-month); readers sum shards.
 */
export const rollupRegionPeople = pgTable(
  'rollup_region_people',
  {
    prefix: varchar('prefix', { length: 9 }).notNull(),
    period: varchar('period', { length: 7 }).notNull(),
    category: text('category').notNull(),
    shard: smallint('shard').notNull(),
    people: integer('people').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.period, t.category, t.shard] })],
);
