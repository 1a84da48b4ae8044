import { date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { stations } from './stations.ts';
import { socialWorkers } from './workers.ts';

/**
 * A case (MZ/T 094-2017): intake → assessment → plan → intervention → evaluation → closed,
 * or declined at intake. Plans and closures wait for a clinical supervisor's sign-off.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    caseNo: text('case_no').notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    organisationId: uuid('organisation_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id').references(() => socialWorkers.id),
    /** The user who must sign off plan and closure. */
    supervisorUserId: uuid('supervisor_user_id'),
    /** intake | assessment | plan | intervention | evaluation | closed | declined */
    stage: text('stage').notNull(),
    /** none | pending | approved | returned — for the current plan or closure request */
    approval: text('approval').notNull().default('none'),
    approvalComment: text('approval_comment'),
    /** Who asked for the pending sign-off: that person never gives it. */
    approvalRequestedBy: uuid('approval_requested_by'),
    /** self | outreach | referral_in */
    source: text('source').notNull(),
    intakeOn: date('intake_on').notNull(),
    presentingProblem: text('presenting_problem').notNull(),
    declinedReason: text('declined_reason'),
    /** Needs by life domain, risks and strengths. */
    assessment: jsonb('assessment'),
    evaluation: jsonb('evaluation'),
    closureReason: text('closure_reason'),
    closureOutcome: text('closure_outcome'),
    closedOn: date('closed_on'),
    riskLevel: text('risk_level').notNull().default('low'),
    nextReviewOn: date('next_review_on'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // Case numbers (HZ-2026-000123) run per organisation and year; the index makes a duplicate impossible.
    uniqueIndex('cases_org_no_key').on(t.organisationId, t.caseNo),
    index('cases_client_idx').on(t.clientId),
    index('cases_station_stage_idx').on(t.stationId, t.stage),
    index('cases_worker_idx').on(t.workerId, t.stage),
    index('cases_region_idx').on(t.regionCode),
    index('cases_review_idx').on(t.nextReviewOn),
  ],
);

export const caseGoals = pgTable(
  'case_goals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    description: text('description').notNull(),
    targetDate: date('target_date').notNull(),
    /** open | achieved | partly | not_achieved */
    status: text('status').notNull().default('open'),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [index('case_goals_case_idx').on(t.caseId)],
);

/** Case notes, visits (mode, place, duration) and services delivered, each dated. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** note | visit | service | resource */
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on').notNull(),
    mode: text('mode'),
    place: text('place'),
    durationMinutes: integer('duration_minutes'),
    serviceType: text('service_type'),
    content: text('content').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Notes are corrected by their author: edits apply to the version read. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.occurredOn)],
);

/** Every stage transition and sign-off of a case. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    action: text('action').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    comment: text('comment'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/** Referral out to another station or organisation; the receiver accepts or rejects. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    fromOrganisationId: uuid('from_organisation_id').notNull(),
    fromStationId: uuid('from_station_id').notNull(),
    toOrganisationId: uuid('to_organisation_id').notNull(),
    toStationId: uuid('to_station_id').notNull(),
    toRegionCode: varchar('to_region_code', { length: 12 }).notNull(),
    reason: text('reason').notNull(),
    /** pending | accepted | rejected */
    status: text('status').notNull().default('pending'),
    responseComment: text('response_comment'),
    newCaseId: uuid('new_case_id'),
    createdBy: uuid('created_by').notNull(),
    respondedBy: uuid('responded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [index('referrals_to_idx').on(t.toOrganisationId, t.status), index('referrals_case_idx').on(t.caseId)],
);
