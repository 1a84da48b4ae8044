import type { GroupDetail } from '@shegong/contracts';
import { type GroupPhase, groupAcceptsMembers } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { FieldErrors, fieldError } from '../../platform/http/errors.ts';
import { today } from '../ledger/ledger.service.ts';
import { presentGroupDetail } from './groups.present.ts';
import { addMembers, type GroupRow, markLeft } from './groups.repository.ts';
import { checkServedClients, unique } from './served-people.ts';

function requireMembersPhase(group: GroupRow): void {
  if (!groupAcceptsMembers(group.phase as GroupPhase)) throw fieldError('phase', 'field.group_members_phase');
}

/** Members are clients the actor sees, served by the group's organisation; joining again clears the leaving date. */
export async function joinGroup(actor: Actor, group: GroupRow, input: { clientIds: string[]; joinedOn?: string }): Promise<GroupDetail> {
  requireMembersPhase(group);
  const problems = new FieldErrors();
  const clientIds = unique(input.clientIds);
  // Backfilled sessions need members from the start: by default they join on the group's start date.
  const joinedOn = input.joinedOn ?? (group.startsOn && group.startsOn <= today() ? group.startsOn : today());
  if (joinedOn > today()) problems.add('joinedOn', 'field.date_future');
  await checkServedClients(problems, 'clientIds', actor, group.organisationId, clientIds);
  problems.throwIfAny();
  await addMembers(group.id, clientIds, joinedOn);
  await audit({
    action: 'group.members.add',
    objectType: 'group',
    objectId: group.id,
    details: { clientIds, joinedOn },
  });
  return presentGroupDetail(group.id, actor);
}

/** A member leaves (kept with the leaving date, so earlier attendance stays valid). */
export async function leaveGroup(actor: Actor, group: GroupRow, clientId: string, leftOn: string | undefined): Promise<GroupDetail> {
  requireMembersPhase(group);
  const day = leftOn ?? today();
  if (day > today()) throw fieldError('leftOn', 'field.date_future');
  if (!(await markLeft(group.id, clientId, day))) throw fieldError('clientId', 'field.member_unknown');
  await audit({
    action: 'group.members.leave',
    objectType: 'group',
    objectId: group.id,
    details: { clientId, leftOn: day },
  });
  return presentGroupDetail(group.id, actor);
}
