import { z } from 'zod';
import { PageQuery, zDate, zId, zRegionCode } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';
import { STATION_TIERS } from './stations.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const StationPostAllowedAction = z.enum(['end']);
export type StationPostAllowedAction = z.infer<typeof StationPostAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const StaffingAllowedAction = z.enum(['manage']);
export type StaffingAllowedAction = z.infer<typeof StaffingAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const CommunityAssignmentAllowedAction = z.enum(['end']);
export type CommunityAssignmentAllowedAction = z.infer<typeof CommunityAssignmentAllowedAction>;

/** Request and response schemas of the staffing domain (shared by server and web). */

/** 站长 / 副站长 / 社工 / 督导. */
export const POSTS = ['head', 'deputy_head', 'worker', 'supervisor'] as const;
export type PostKind = (typeof POSTS)[number];

/** Which records a list shows relative to today: in force, finished, or starting later. */
export const TERM_STATES = ['current', 'ended', 'upcoming'] as const;

const endsNotBeforeStart = (v: { startsOn: string; endsOn?: string | undefined }) => !v.endsOn || v.endsOn >= v.startsOn;
const endsError = { path: ['endsOn'], error: 'field.ends_before_start' };

export const StationPost = z.object({
  id: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  stationTier: z.enum(STATION_TIERS),
  workerId: z.string(),
  workerName: z.string(),
  post: z.enum(POSTS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  isCurrent: z.boolean(),
  allowedActions: z.array(StationPostAllowedAction),
});
export type StationPost = z.infer<typeof StationPost>;

export const PostCreate = z
  .strictObject({ workerId: zId, post: z.enum(POSTS), startsOn: zDate, endsOn: zDate.optional() })
  .refine(endsNotBeforeStart, endsError)
  .meta({ examples: [{ workerId: EXAMPLE_ID.worker, post: 'head', startsOn: '2026-01-01' }] });
export type PostCreate = z.infer<typeof PostCreate>;

/** Ending a post or an assignment: the end date (inclusive). */
export const TermEnd = z.strictObject({ endsOn: zDate }).meta({ examples: [{ endsOn: '2026-06-30' }] });
export type TermEnd = z.infer<typeof TermEnd>;

export const PostListQuery = PageQuery.extend({
  stationId: zId.optional(),
  workerId: zId.optional(),
  post: z.enum(POSTS).optional(),
  state: z.enum(TERM_STATES).optional(),
});
export type PostListQuery = z.infer<typeof PostListQuery>;

export const StationBrief = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(STATION_TIERS),
  regionCode: z.string(),
  regionName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
});
export type StationBrief = z.infer<typeof StationBrief>;

/** A station's staffing today, its history, and its service points' current workers. */
export const StationStaffing = z.object({
  station: StationBrief,
  head: StationPost.nullable(),
  deputyHeads: z.array(StationPost),
  workers: z.array(StationPost),
  supervisors: z.array(StationPost),
  /** Posts that ended or have not started yet, newest first. */
  history: z.array(StationPost),
  servicePoints: z.array(z.object({ id: z.string(), name: z.string(), regionCode: z.string(), posts: z.array(StationPost) })),
  allowedActions: z.array(StaffingAllowedAction),
});
export type StationStaffing = z.infer<typeof StationStaffing>;

export const CommunityAssignment = z.object({
  id: z.string(),
  communityCode: z.string(),
  communityName: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  isCurrent: z.boolean(),
  allowedActions: z.array(CommunityAssignmentAllowedAction),
});
export type CommunityAssignment = z.infer<typeof CommunityAssignment>;

export const AssignmentCreate = z
  .strictObject({ communityCode: zRegionCode, workerId: zId, startsOn: zDate, endsOn: zDate.optional() })
  .refine(endsNotBeforeStart, endsError)
  .meta({ examples: [{ communityCode: '440105008101', workerId: EXAMPLE_ID.worker, startsOn: '2026-01-01' }] });
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

export const AssignmentListQuery = PageQuery.extend({
  stationId: zId.optional(),
  workerId: zId.optional(),
  communityCode: zRegionCode.optional(),
  regionCode: zRegionCode.optional(),
  state: z.enum(TERM_STATES).optional(),
});
export type AssignmentListQuery = z.infer<typeof AssignmentListQuery>;

/** A community (村居) with the workers currently assigned to it; none means nobody covers it. */
export const CommunityStaffing = z.object({
  communityCode: z.string(),
  communityName: z.string(),
  townName: z.string(),
  assignments: z.array(CommunityAssignment),
});
export type CommunityStaffing = z.infer<typeof CommunityStaffing>;

export const StationCommunities = z.object({
  station: StationBrief,
  items: z.array(CommunityStaffing),
  assigned: z.int(),
  unassigned: z.int(),
  allowedActions: z.array(StaffingAllowedAction),
});
export type StationCommunities = z.infer<typeof StationCommunities>;

export const CommunityStaffingQuery = z.strictObject({
  regionCode: zRegionCode.optional(),
  state: z.enum(['assigned', 'unassigned']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CommunityStaffingQuery = z.infer<typeof CommunityStaffingQuery>;

export const CommunityStaffingPage = z.object({
  items: z.array(CommunityStaffing),
  total: z.int(),
  assigned: z.int(),
  unassigned: z.int(),
});
export type CommunityStaffingPage = z.infer<typeof CommunityStaffingPage>;
