import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { stations } from './stations.ts';
import { users } from './users.ts';

/**
 * A social worker (社工人才). The ID number is stored encrypted with a keyed hash for
 * exact lookup and uniqueness; the masked form is kept for lists.
 */
export const socialWorkers = pgTable(
  'social_workers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberHash: varchar('id_number_hash', { length: 64 }).notNull(),
    idNumberMasked: varchar('id_number_masked', { length: 18 }).notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date').notNull(),
    mobile: varchar('mobile', { length: 11 }),
    education: text('education'),
    major: text('major'),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Where the worker works: the current post's station region, else the employer's address. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    qualificationLevel: text('qualification_level'),
    certificateNo: text('certificate_no'),
    certifiedYear: smallint('certified_year'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('social_workers_id_hash_key').on(t.idNumberHash),
    uniqueIndex('social_workers_certificate_key').on(t.certificateNo),
    index('social_workers_org_idx').on(t.organisationId),
    index('social_workers_region_idx').on(t.regionCode),
    index('social_workers_pinyin_idx').on(t.namePinyin),
  ],
);

/**
 * 社工登记 / 再登记: first review by the employer, final by the district bureau, then the
 * certificate is issued with a validity (3 years, a setting).
 */
export const workerRegistrations = pgTable(
  'worker_registrations',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    kind: text('kind').notNull(),
    /** pending | first_approved | first_rejected | final_approved | final_rejected | issued */
    status: text('status').notNull().default('pending'),
    appliedOn: date('applied_on').notNull(),
    firstReviewedBy: uuid('first_reviewed_by'),
    firstReviewedAt: timestamp('first_reviewed_at', { withTimezone: true }),
    firstComment: text('first_comment'),
    finalReviewedBy: uuid('final_reviewed_by'),
    finalReviewedAt: timestamp('final_reviewed_at', { withTimezone: true }),
    finalComment: text('final_comment'),
    registrationNo: text('registration_no'),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('worker_registrations_worker_idx').on(t.workerId), index('worker_registrations_until_idx').on(t.validUntil)],
);

/** Bureau-run training programmes (new worker, supervisor, management). */
export const trainings = pgTable(
  'trainings',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    provider: text('provider').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    capacity: integer('capacity').notNull(),
    location: text('location'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('trainings_region_idx').on(t.regionCode)],
);

export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    id: uuid('id').primaryKey(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    /** enrolled | attended | absent */
    status: text('status').notNull().default('enrolled'),
    attendedHours: numeric('attended_hours', { precision: 5, scale: 1 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_enrolments_key').on(t.trainingId, t.workerId)],
);

/** 继续教育: hours per course; attended training creates a record automatically. */
export const educationRecords = pgTable(
  'education_records',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    course: text('course').notNull(),
    provider: text('provider').notNull(),
    takenOn: date('taken_on').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    enrolmentId: uuid('enrolment_id').references(() => trainingEnrolments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('education_records_worker_idx').on(t.workerId, t.takenOn),
    uniqueIndex('education_records_enrolment_key').on(t.enrolmentId),
  ],
);

/** 岗位: a worker's posts at stations over time (head, deputy, worker, supervisor). */
export const stationPosts = pgTable(
  'station_posts',
  {
    id: uuid('id').primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    post: text('post').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('station_posts_station_idx').on(t.stationId), index('station_posts_worker_idx').on(t.workerId)],
);

/** 一社区一社工: the worker assigned to a community, over time. */
export const communityAssignments = pgTable(
  'community_assignments',
  {
    id: uuid('id').primaryKey(),
    communityCode: varchar('community_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_assignments_community_idx').on(t.communityCode), index('community_assignments_worker_idx').on(t.workerId)],
);

/** A day's presence in a community: arrival, departure, optional phone location. */
export const presenceCheckins = pgTable(
  'presence_checkins',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => socialWorkers.id),
    communityCode: varchar('community_code', { length: 12 }).notNull(),
    stationId: uuid('station_id').references(() => stations.id),
    organisationId: uuid('organisation_id').notNull(),
    day: date('day').notNull(),
    arrivedAt: time('arrived_at').notNull(),
    leftAt: time('left_at'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    accuracyM: doublePrecision('accuracy_m'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('presence_checkins_worker_day_key').on(t.workerId, t.communityCode, t.day),
    index('presence_checkins_community_day_idx').on(t.communityCode, t.day),
  ],
);

/** Excel imports: parsed and checked first (preview), written in one transaction on commit. */
export const imports = pgTable('imports', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  /** parsing | ready | committed | failed */
  status: text('status').notNull(),
  fileName: text('file_name').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  acceptedRows: integer('accepted_rows').notNull().default(0),
  /** Parsed rows and per-row problems, as JSON text. */
  payload: text('payload'),
  createdBy: uuid('created_by').notNull(),
  regionCode: varchar('region_code', { length: 12 }).notNull(),
  organisationId: uuid('organisation_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
});
