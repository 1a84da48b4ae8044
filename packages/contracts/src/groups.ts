import { GROUP_PHASES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zName, zVersion } from './common.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const GroupAllowedAction = z.enum(['manage']);
export type GroupAllowedAction = z.infer<typeof GroupAllowedAction>;

/** What the caller may do on this record, decided by the server's policy. */
export const ActivityAllowedAction = z.enum(['manage']);
export type ActivityAllowedAction = z.infer<typeof ActivityAllowedAction>;

/** Groups (MZ/T 095-2017) and community activities: request and response schemas. */

const zText = (max: number) => z.string().trim().min(1, { error: 'field.required' }).max(max);
const zOptionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const zCount = z.int().min(0).max(100_000);
const zClientIds = z.array(zId).max(500);

/** A served person as a list shows it: the name masked unless the caller's organisation serves them. */
export const PersonRef = z.object({ clientId: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const Group = z.object({
  id: z.string(),
  name: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  organisationId: z.string(),
  regionCode: z.string(),
  phase: z.enum(GROUP_PHASES),
  aims: z.string(),
  targetCategory: z.string().nullable(),
  plannedSessions: z.int(),
  sessionsHeld: z.int(),
  memberCount: z.int(),
  facilitatorWorkerId: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  startsOn: z.string().nullable(),
  evaluation: z.string().nullable(),
  createdAt: z.string(),
  version: z.int(),
  allowedActions: z.array(GroupAllowedAction),
});
export type Group = z.infer<typeof Group>;

export const GroupMember = PersonRef.extend({ joinedOn: z.string(), leftOn: z.string().nullable() });

export const GroupSession = z.object({
  id: z.string(),
  groupId: z.string(),
  sessionNo: z.int(),
  heldOn: z.string(),
  theme: z.string(),
  facilitatorWorkerId: z.string().nullable(),
  facilitatorName: z.string().nullable(),
  attendees: z.array(PersonRef),
  extraHeadcount: z.int(),
  /** Named attendees plus the headcount: what the session adds to 服务人次. */
  personTimes: z.int(),
  notes: z.string().nullable(),
});
export type GroupSession = z.infer<typeof GroupSession>;

export const GroupDetail = Group.extend({ members: z.array(GroupMember), sessions: z.array(GroupSession) });
export type GroupDetail = z.infer<typeof GroupDetail>;

export const GroupListQuery = PageQuery.extend({
  stationId: zId.optional(),
  phase: z.enum(GROUP_PHASES).optional(),
});
export type GroupListQuery = z.infer<typeof GroupListQuery>;

const groupPlan = {
  name: zName,
  aims: zText(2000),
  targetCategory: z.string().trim().max(40).nullable().optional(),
  plannedSessions: z.int().min(1).max(200),
  facilitatorWorkerId: zId.nullable().optional(),
  startsOn: zDate.nullable().optional(),
};

export const GroupCreate = z.strictObject({ stationId: zId, ...groupPlan });
export type GroupCreate = z.infer<typeof GroupCreate>;

export const GroupUpdate = z.strictObject({
  name: groupPlan.name.optional(),
  aims: groupPlan.aims.optional(),
  targetCategory: groupPlan.targetCategory,
  plannedSessions: groupPlan.plannedSessions.optional(),
  facilitatorWorkerId: groupPlan.facilitatorWorkerId,
  startsOn: groupPlan.startsOn,
  version: zVersion,
});
export type GroupUpdate = z.infer<typeof GroupUpdate>;

export const GroupPhaseChange = z.strictObject({ phase: z.enum(GROUP_PHASES), version: zVersion });
export const GroupEvaluation = z.strictObject({ evaluation: zText(5000), version: zVersion });

export const GroupMembersAdd = z.strictObject({ clientIds: zClientIds.min(1), joinedOn: zDate.optional() });
export const GroupMemberParams = z.strictObject({ id: zId, clientId: zId });
export const GroupMemberLeave = z.strictObject({ leftOn: zDate.optional() });

/** A session as held: attendance by member list and/or a headcount of people not on file. */
export const GroupSessionInput = z.strictObject({
  sessionNo: z.int().min(1).max(500).optional(),
  heldOn: zDate,
  theme: zText(200),
  facilitatorWorkerId: zId.nullable().optional(),
  attendeeIds: zClientIds.default([]),
  extraHeadcount: zCount.default(0),
  notes: zOptionalText(5000),
});
export type GroupSessionInput = z.infer<typeof GroupSessionInput>;

/** Removing a session removes its service records: the reason is audited. */
export const RemovalReason = z.strictObject({ reason: zText(500) });

export const Activity = z.object({
  id: z.string(),
  theme: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  organisationId: z.string(),
  regionCode: z.string(),
  heldOn: z.string(),
  place: z.string(),
  participantCount: z.int(),
  headcount: z.int(),
  volunteerCount: z.int(),
  /** Named participants plus the headcount. */
  personTimes: z.int(),
  description: z.string().nullable(),
  photoFileIds: z.array(z.string()),
  createdAt: z.string(),
  version: z.int(),
  allowedActions: z.array(ActivityAllowedAction),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityDetail = Activity.extend({
  participants: z.array(PersonRef),
  photos: z.array(z.object({ id: z.string(), name: z.string(), mimeType: z.string() })),
});
export type ActivityDetail = z.infer<typeof ActivityDetail>;

export const ActivityListQuery = PageQuery.extend({
  stationId: zId.optional(),
  from: zDate.optional(),
  to: zDate.optional(),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

const activityFields = {
  theme: zText(200),
  heldOn: zDate,
  place: zText(200),
  participantIds: zClientIds,
  headcount: zCount,
  volunteerCount: zCount,
  description: zOptionalText(5000),
};

export const ActivityCreate = z.strictObject({
  stationId: zId,
  ...activityFields,
  participantIds: zClientIds.default([]),
  headcount: zCount.default(0),
  volunteerCount: zCount.default(0),
});
export type ActivityCreate = z.infer<typeof ActivityCreate>;

export const ActivityUpdate = z.strictObject({
  theme: activityFields.theme.optional(),
  heldOn: activityFields.heldOn.optional(),
  place: activityFields.place.optional(),
  participantIds: activityFields.participantIds.optional(),
  headcount: activityFields.headcount.optional(),
  volunteerCount: activityFields.volunteerCount.optional(),
  description: activityFields.description,
  /** The photos to show, in order: files uploaded for this activity (ownerType "activity"). */
  photoFileIds: z.array(zId).max(50).optional(),
  version: zVersion,
});
export type ActivityUpdate = z.infer<typeof ActivityUpdate>;

export const ActivityDeleteQuery = z.strictObject({ version: z.coerce.number().int().min(1), reason: zText(500) });
