import { index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { organisations } from './organisations.ts';
import { stations } from './stations.ts';

/**
 * How one organisation comes to serve a person another organisation holds the file of, without
 * learning who holds it: the identity lookups that found such a file (rate-limited per user),
 * the alert a supervisor sees past the limit, and the request to share the file.
 */

/**
 * An ID number a user found held by another organisation ("a file exists that you cannot see").
 * Only the keyed hash is kept. The rate limit counts distinct hashes per user in the last hour.
 */
export const identityLookups = pgTable(
  'identity_lookups',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    idNumberHash: varchar('id_number_hash', { length: 64 }).notNull(),
    /** create | update | duplicates | share_request | import */
    via: text('via').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('identity_lookups_user_idx').on(t.userId, t.createdAt)],
);

/**
 * A user went past the lookup limit: the supervisors of its organisation whose area holds the
 * user's binding see it until one of them acknowledges it. One open alert per user and hour.
 */
export const identityLookupAlerts = pgTable(
  'identity_lookup_alerts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    organisationId: uuid('organisation_id'),
    /** The user's region binding: the alert is seen from there, like the user's own records. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** Distinct ID numbers found held elsewhere in the hour before the last refusal. */
    hits: integer('hits').notNull(),
    /** Lookups refused since the alert opened. */
    refused: integer('refused').notNull(),
    firstRefusedAt: timestamp('first_refused_at', { withTimezone: true }).notNull().defaultNow(),
    lastRefusedAt: timestamp('last_refused_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [index('identity_lookup_alerts_user_idx').on(t.userId), index('identity_lookup_alerts_org_idx').on(t.organisationId)],
);

/**
 * 请求共享档案: a station asks whoever holds a person's file to share it. The requester never
 * learns the file, its station or organisation unless the holder accepts; the holder sees the
 * requester's note and its organisation and station. The file is seen from the holder's side at
 * its current place (a merge moves the request with the file).
 */
export const clientShareRequests = pgTable(
  'client_share_requests',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    idNumberHash: varchar('id_number_hash', { length: 64 }).notNull(),
    /** What the requester typed, for its own list: the name and the masked number. */
    personName: text('person_name').notNull(),
    idNumberMasked: varchar('id_number_masked', { length: 32 }).notNull(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    fromStationId: uuid('from_station_id')
      .notNull()
      .references(() => stations.id),
    /** The requesting station's region: the share, once accepted, sits there. */
    fromRegionCode: varchar('from_region_code', { length: 12 }).notNull(),
    message: text('message').notNull(),
    /** pending | accepted | declined */
    status: text('status').notNull().default('pending'),
    /** The holder's reason: kept for the holder and the audit trail, never shown to the requester. */
    responseReason: text('response_reason'),
    createdBy: uuid('created_by').notNull(),
    respondedBy: uuid('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('client_share_requests_client_idx').on(t.clientId),
    index('client_share_requests_from_idx').on(t.fromOrganisationId, t.fromRegionCode),
  ],
);
