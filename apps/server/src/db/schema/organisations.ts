import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    uscc: varchar('uscc', { length: 18 }),
    usccChecksumOk: boolean('uscc_checksum_ok'),
    type: text('type').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    address: text('address'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    // Filing (备案) record
    registeringAuthority: text('registering_authority'),
    registeredOn: date('registered_on'),
    legalRepresentative: text('legal_representative'),
    serviceAreas: jsonb('service_areas').$type<string[]>().notNull().default([]),
    staffTotal: integer('staff_total'),
    socialWorkerTotal: integer('social_worker_total'),
    documentIds: jsonb('document_ids').$type<string[]>().notNull().default([]),
    /** draft → submitted → returned | approved | rejected (decided by the district of the address). */
    filingStatus: text('filing_status').notNull().default('draft'),
    filingSubmittedAt: timestamp('filing_submitted_at', { withTimezone: true }),
    filingDecidedAt: timestamp('filing_decided_at', { withTimezone: true }),
    filingComment: text('filing_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('organisations_uscc_key').on(t.uscc), index('organisations_region_idx').on(t.regionCode)],
);

/** Every step of the filing workflow, with the reviewer's comment. */
export const organisationFilingEvents = pgTable(
  'organisation_filing_events',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_filing_events_org_idx').on(t.organisationId, t.at)],
);

/** 年报: the yearly report each organisation files. */
export const organisationAnnualReports = pgTable(
  'organisation_annual_reports',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: smallint('year').notNull(),
    income: numeric('income', { precision: 14, scale: 2 }).notNull(),
    expenditure: numeric('expenditure', { precision: 14, scale: 2 }).notNull(),
    staffTotal: integer('staff_total').notNull(),
    socialWorkerTotal: integer('social_worker_total').notNull(),
    summary: text('summary').notNull(),
    status: text('status').notNull().default('submitted'),
    reviewComment: text('review_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('org_annual_reports_org_year_key').on(t.organisationId, t.year)],
);

/** 等级评估 1A–5A, valid five years. */
export const organisationRatings = pgTable(
  'organisation_ratings',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    score: integer('score').notNull(),
    grade: text('grade').notNull(),
    ratedOn: date('rated_on').notNull(),
    validUntil: date('valid_until').notNull(),
    ratedBy: text('rated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_ratings_org_idx').on(t.organisationId, t.ratedOn)],
);

/** Credit marks buyers must see: penalties, the joint-discipline list, commendations. */
export const organisationCreditMarks = pgTable(
  'organisation_credit_marks',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_credit_marks_org_idx').on(t.organisationId)],
);

/** Grants such as the start-up subsidy. */
export const organisationGrants = pgTable(
  'organisation_grants',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    grantedOn: date('granted_on').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('org_grants_org_idx').on(t.organisationId)],
);
