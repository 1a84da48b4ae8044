import { GROUP_PHASES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zDate, zId, zName, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

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

export const GroupCreate = z.strictObject({ stationId: zId, ...groupPlan }).meta({
  examples: [
    {
      stationId: EXAMPLE_ID.station,
      name: '“乐龄同行”长者互助小组',
      aims: '减少独居长者的孤独感，建立邻里互助网络',
      targetCategory: 'elderly_alone',
      plannedSessions: 6,
      facilitatorWorkerId: EXAMPLE_ID.worker,
      startsOn: '2026-03-05',
    },
  ],
});
export type GroupCreate = z.infer<typeof GroupCreate>;

export const GroupUpdate = z
  .strictObject({
    name: groupPlan.name.optional(),
    aims: groupPlan.aims.optional(),
    targetCategory: groupPlan.targetCategory,
    plannedSessions: groupPlan.plannedSessions.optional(),
    facilitatorWorkerId: groupPlan.facilitatorWorkerId,
    startsOn: groupPlan.startsOn,
    version: zVersion,
  })
  .meta({ examples: [{ plannedSessions: 8, startsOn: '2026-03-12', version: 2 }] });
export type GroupUpdate = z.infer<typeof GroupUpdate>;

export const GroupPhaseChange = z
  .strictObject({ phase: z.enum(GROUP_PHASES), version: zVersion })
  .meta({ examples: [{ phase: 'forming', version: 3 }] });
export const GroupEvaluation = z
  .strictObject({ evaluation: zText(5000), version: zVersion })
  .meta({ examples: [{ evaluation: '组员平均出席率 87%，5 名组员建立了结对探访关系，孤独感量表得分平均下降 6 分。', version: 7 }] });

export const GroupMembersAdd = z
  .strictObject({ clientIds: zClientIds.min(1), joinedOn: zDate.optional() })
  .meta({ examples: [{ clientIds: [EXAMPLE_ID.client, EXAMPLE_ID.otherClient], joinedOn: '2026-03-05' }] });
export const GroupMemberParams = z.strictObject({ id: zId, clientId: zId });
export const GroupMemberLeave = z.strictObject({ leftOn: zDate.optional() });

/** A session as held: attendance by member list and/or a headcount of people not on file. */
export const GroupSessionInput = z
  .strictObject({
    sessionNo: z.int().min(1).max(500).optional(),
    heldOn: zDate,
    theme: zText(200),
    facilitatorWorkerId: zId.nullable().optional(),
    attendeeIds: zClientIds.default([]),
    extraHeadcount: zCount.default(0),
    notes: zOptionalText(5000),
  })
  .meta({
    examples: [
      {
        sessionNo: 2,
        heldOn: '2026-03-12',
        theme: '认识我的邻居',
        facilitatorWorkerId: EXAMPLE_ID.worker,
        attendeeIds: [EXAMPLE_ID.client, EXAMPLE_ID.otherClient],
        extraHeadcount: 3,
        notes: '组员分享了各自的兴趣爱好，约定下周一起晨练。',
      },
    ],
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

export const ActivityCreate = z
  .strictObject({
    stationId: zId,
    ...activityFields,
    participantIds: zClientIds.default([]),
    headcount: zCount.default(0),
    volunteerCount: zCount.default(0),
  })
  .meta({
    examples: [
      {
        stationId: EXAMPLE_ID.station,
        theme: '重阳敬老游园会',
        heldOn: '2025-10-29',
        place: '鳌洲社区广场',
        participantIds: [EXAMPLE_ID.client],
        headcount: 120,
        volunteerCount: 15,
        description: '联合社区居委会开展义诊、义剪和游园活动。',
      },
    ],
  });
export type ActivityCreate = z.infer<typeof ActivityCreate>;

export const ActivityUpdate = z
  .strictObject({
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
  })
  .meta({ examples: [{ headcount: 126, photoFileIds: [EXAMPLE_ID.file], version: 2 }] });
export type ActivityUpdate = z.infer<typeof ActivityUpdate>;

export const ActivityDeleteQuery = z.strictObject({ version: z.coerce.number().int().min(1), reason: zText(500) });
