import type { Group, GroupDetail, GroupSession } from '@shegong/contracts';
import type { GroupPhase } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import { attendanceOf, sessionsOf } from './group-sessions.repository.ts';
import { groupPolicy } from './groups.policy.ts';
import { type GroupView, membersOf, viewGroup } from './groups.repository.ts';
import { peopleAsSeenBy } from './served-people.ts';

export function presentGroup(v: GroupView, actor: Actor | null): Group {
  return {
    id: v.id,
    name: v.name,
    stationId: v.stationId,
    stationName: v.stationName,
    organisationId: v.organisationId,
    regionCode: v.regionCode,
    phase: v.phase as GroupPhase,
    aims: v.aims,
    targetCategory: v.targetCategory,
    plannedSessions: v.plannedSessions,
    sessionsHeld: v.sessionsHeld,
    memberCount: v.memberCount,
    facilitatorWorkerId: v.facilitatorWorkerId,
    facilitatorName: v.facilitatorName,
    startsOn: v.startsOn,
    evaluation: v.evaluation,
    createdAt: v.createdAt.toISOString(),
    version: v.version,
    allowedActions: allowedActions(actor, groupPolicy, v),
  };
}

/** The group with its members and sessions; names masked by the ledger's one rule. */
export async function presentGroupDetail(id: string, actor: Actor): Promise<GroupDetail> {
  const view = await viewGroup(id);
  if (!view) throw notFound();
  const members = await membersOf(id);
  const sessions = await sessionsOf(id);
  const attendance = await attendanceOf(sessions.map((s) => s.session.id));
  const everyone = [...members.map((m) => m.clientId), ...[...attendance.values()].flat()];
  const people = await peopleAsSeenBy(actor, view.organisationId, everyone);
  const person = (clientId: string) => people.get(clientId) ?? { clientId, name: '' };
  return {
    ...presentGroup(view, actor),
    members: members.map((m) => ({ ...person(m.clientId), joinedOn: m.joinedOn, leftOn: m.leftOn })),
    sessions: sessions.map(({ session: s, facilitatorName }): GroupSession => {
      const present = attendance.get(s.id) ?? [];
      return {
        id: s.id,
        groupId: s.groupId,
        sessionNo: s.sessionNo,
        heldOn: s.heldOn,
        theme: s.theme,
        facilitatorWorkerId: s.facilitatorWorkerId,
        facilitatorName,
        attendees: present.map(person),
        extraHeadcount: s.extraHeadcount,
        personTimes: present.length + s.extraHeadcount,
        notes: s.notes,
      };
    }),
  };
}
