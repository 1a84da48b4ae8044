import { date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { clients } from './clients.ts';
import { stations } from './stations.ts';
import { socialWorkers } from './workers.ts';

/** A group (MZ/T 095-2017): 筹备 → 形成 → 转折 → 成熟 → 结束, with planned sessions. */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    organisationId: uuid('organisation_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** preparing | forming | transition | mature | ending | closed */
    phase: text('phase').notNull().default('preparing'),
    aims: text('aims').notNull(),
    targetCategory: text('target_category'),
    plannedSessions: smallint('planned_sessions').notNull(),
    facilitatorWorkerId: uuid('facilitator_worker_id').references(() => socialWorkers.id),
    startsOn: date('starts_on'),
    evaluation: text('evaluation'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('groups_station_idx').on(t.stationId), index('groups_region_idx').on(t.regionCode)],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.clientId] })],
);

export const groupSessions = pgTable(
  'group_sessions',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id),
    sessionNo: smallint('session_no').notNull(),
    heldOn: date('held_on').notNull(),
    theme: text('theme').notNull(),
    facilitatorWorkerId: uuid('facilitator_worker_id').references(() => socialWorkers.id),
    /** Attendees not on file (counted, unnamed). */
    extraHeadcount: integer('extra_headcount').notNull().default(0),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('group_sessions_group_idx').on(t.groupId, t.heldOn)],
);

export const groupAttendance = pgTable(
  'group_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupSessions.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.clientId] })],
);

/** A community activity: theme, date, place, named participants and/or a headcount, volunteers, photos. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    theme: text('theme').notNull(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    organisationId: uuid('organisation_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    headcount: integer('headcount').notNull().default(0),
    volunteerCount: integer('volunteer_count').notNull().default(0),
    description: text('description'),
    photoFileIds: jsonb('photo_file_ids').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('activities_station_idx').on(t.stationId, t.heldOn), index('activities_region_idx').on(t.regionCode, t.heldOn)],
);

export const activityParticipants = pgTable(
  'activity_participants',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.clientId] })],
);
