import { isIsoWeek } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zRegionCode } from './common.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const CheckinAllowedAction = z.enum(['leave']);
export type CheckinAllowedAction = z.infer<typeof CheckinAllowedAction>;

/** Request and response schemas of the presence domain (shared by server and web). */

/** An ISO week in Asia/Shanghai: '2026-W47'. */
export const zIsoWeek = z.string().refine(isIsoWeek, { error: 'field.iso_week' });

/** Arrival: the server stamps the date and time; the phone may add its location. */
export const CheckinCreate = z
  .strictObject({
    communityCode: zRegionCode,
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    accuracyM: z.number().min(0).max(100_000).optional(),
  })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), { path: ['latitude'], error: 'field.coordinates_pair' })
  .meta({ examples: [{ communityCode: '440105008101', latitude: 23.1162, longitude: 113.2448, accuracyM: 15 }] });
export type CheckinCreate = z.infer<typeof CheckinCreate>;

export const Checkin = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  stationId: z.string().nullable(),
  day: z.string(),
  arrivedAt: z.string(),
  leftAt: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accuracyM: z.number().nullable(),
  allowedActions: z.array(CheckinAllowedAction),
});
export type Checkin = z.infer<typeof Checkin>;

export const CheckinListQuery = PageQuery.extend({
  from: zDate.optional(),
  to: zDate.optional(),
  communityCode: zRegionCode.optional(),
  workerId: zId.optional(),
  stationId: zId.optional(),
});
export type CheckinListQuery = z.infer<typeof CheckinListQuery>;

/** The phone page: the signed-in worker's communities and whether each is checked in today. */
export const PresenceToday = z.object({
  day: z.string(),
  time: z.string(),
  week: z.string(),
  requiredDaysPerWeek: z.int(),
  worker: z.object({ id: z.string(), name: z.string() }).nullable(),
  communities: z.array(
    z.object({
      communityCode: z.string(),
      communityName: z.string(),
      stationId: z.string().nullable(),
      stationName: z.string().nullable(),
      /** Assigned to the community, or working at its town's station. */
      via: z.enum(['assignment', 'post']),
      daysThisWeek: z.int(),
      checkin: Checkin.nullable(),
    }),
  ),
});
export type PresenceToday = z.infer<typeof PresenceToday>;

const ReportScope = {
  regionCode: zRegionCode.optional(),
  stationId: zId.optional(),
};

export const WeeklyQuery = z.strictObject({
  week: zIsoWeek.optional(),
  ...ReportScope,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type WeeklyQuery = z.infer<typeof WeeklyQuery>;

const Rollup = { assigned: z.int(), compliant: z.int(), below: z.int() };

export const CommunityWeek = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  townName: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  workers: z.array(z.object({ id: z.string(), name: z.string() })),
  daysPresent: z.int(),
  /** The setting, or fewer when the community had an assigned worker only part of the week. */
  requiredDays: z.int(),
  compliant: z.boolean(),
});
export type CommunityWeek = z.infer<typeof CommunityWeek>;

export const WeeklyReport = z.object({
  week: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  requiredDaysPerWeek: z.int(),
  /** 0–7: how much of the week has passed (a week in progress may still catch up). */
  daysElapsed: z.int(),
  totals: z.object(Rollup),
  districts: z.array(z.object({ districtCode: z.string(), districtName: z.string(), ...Rollup })),
  stations: z.array(z.object({ stationId: z.string(), stationName: z.string(), ...Rollup })),
  communities: z.object({ items: z.array(CommunityWeek), total: z.int() }),
  below: z.array(CommunityWeek),
});
export type WeeklyReport = z.infer<typeof WeeklyReport>;

export const HistoryQuery = z.strictObject({
  week: zIsoWeek.optional(),
  weeks: z.coerce.number().int().min(1).max(26).default(4),
  ...ReportScope,
  communityCode: zRegionCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

const WeekCell = z.object({ daysPresent: z.int(), requiredDays: z.int(), compliant: z.boolean() });

export const PresenceHistory = z.object({
  weeks: z.array(z.string()),
  requiredDaysPerWeek: z.int(),
  totals: z.array(z.object({ week: z.string(), ...Rollup })),
  communities: z.object({
    items: z.array(
      z.object({
        communityCode: z.string(),
        communityName: z.string(),
        stationName: z.string(),
        /** One cell per week, oldest first; null where nobody was assigned that week. */
        cells: z.array(WeekCell.nullable()),
      }),
    ),
    total: z.int(),
  }),
});
export type PresenceHistory = z.infer<typeof PresenceHistory>;

/** Leaving takes no input; an empty object or no body at all. */
export const CheckoutBody = z
  .strictObject({})
  .optional()
  .meta({ examples: [{}] });
