import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { stations } from './stations.ts';
import { socialWorkers } from './workers.ts';

/** The configurable list of vulnerable-group categories (低保, 特困供养, 困境儿童, ...). */
export const clientCategories = pgTable('client_categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
  isActive: boolean('is_active').notNull().default(true),
});

/**
 * 一人一档: one file per person served. Identifiers (ID number, mobile, address detail)
 * are encrypted with keyed hashes for exact lookup; masked forms are kept for lists.
 * The file belongs to the responsible station (region = the person's community).
 */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    /** resident_id | none | hk_macao_tw_permit | passport */
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc'),
    idNumberHash: varchar('id_number_hash', { length: 64 }),
    idNumberMasked: varchar('id_number_masked', { length: 32 }),
    gender: text('gender'),
    birthDate: date('birth_date'),
    mobileEnc: text('mobile_enc'),
    mobileHash: varchar('mobile_hash', { length: 64 }),
    mobileMasked: varchar('mobile_masked', { length: 16 }),
    /** The person's village/community (12 digits); the file's region. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    addressEnc: text('address_enc'),
    riskLevel: text('risk_level').notNull().default('low'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    workerId: uuid('worker_id').references(() => socialWorkers.id),
    /** active | merged (kept for history, pointing at the surviving file) */
    status: text('status').notNull().default('active'),
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One person, one file: the same ID number can never create a second (active or merged) file.
    uniqueIndex('clients_id_hash_key').on(t.idNumberHash),
    index('clients_region_idx').on(t.regionCode),
    index('clients_org_idx').on(t.organisationId, t.regionCode),
    index('clients_station_idx').on(t.stationId),
    index('clients_pinyin_idx').on(t.namePinyin),
    index('clients_birth_idx').on(t.birthDate),
    index('clients_mobile_hash_idx').on(t.mobileHash),
  ],
);

/** A category held by a client, with effective dates and the evidence document. */
export const clientCategoryHoldings = pgTable(
  'client_category_holdings',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    categoryCode: text('category_code')
      .notNull()
      .references(() => clientCategories.code),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    evidenceFileId: uuid('evidence_file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('client_category_holdings_client_idx').on(t.clientId), index('client_category_holdings_code_idx').on(t.categoryCode)],
);

export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    birthDate: date('birth_date'),
    mobileEnc: text('mobile_enc'),
    mobileMasked: varchar('mobile_masked', { length: 16 }),
    linkedClientId: uuid('linked_client_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('household_members_client_idx').on(t.clientId)],
);

/** Consent to service and data processing; a guardian's for a child under 14 (PIPL art. 31). */
export const clientConsents = pgTable(
  'client_consents',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    purpose: text('purpose').notNull(),
    givenBy: text('given_by').notNull(),
    guardianName: text('guardian_name'),
    guardianRelation: text('guardian_relation'),
    givenOn: date('given_on').notNull(),
    documentFileId: uuid('document_file_id'),
    withdrawnOn: date('withdrawn_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('client_consents_client_idx').on(t.clientId)],
);

/**
 * Access another organisation has to a client: a referral's receiver after accepting
 * (full), the sender afterwards (its own history, read-only), a station whose request to
 * share the file the holder accepted (full).
 */
export const clientShares = pgTable(
  'client_shares',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** full | history */
    access: text('access').notNull(),
    referralId: uuid('referral_id'),
    /** Or an accepted request to share the file (请求共享档案). */
    shareRequestId: uuid('share_request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('client_shares_key').on(t.clientId, t.organisationId), index('client_shares_org_idx').on(t.organisationId)],
);
