import type { GroupDetail, GroupSessionInput } from '@shegong/contracts';
import { type GroupPhase, groupAcceptsSessions, groupIsOpen, translate, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { FieldErrors, fieldError, notFound } from '../../platform/http/errors.ts';
import { today } from '../ledger/ledger.service.ts';
import { attendanceRows, removeSourceRows, replaceSourceRows } from '../ledger/ledger-writer.ts';
import {
  attendanceOf,
  deleteSession,
  nextSessionNo,
  type SessionRecord,
  type SessionRow,
  saveSession,
  sessionNoTaken,
  sessionsOf,
} from './group-sessions.repository.ts';
import { presentGroupDetail } from './groups.present.ts';
import { type GroupRow, lockGroup, membersOf } from './groups.repository.ts';
import { checkWorker, unique } from './served-people.ts';

/**
 * The ledger rows of one session (docs/ledger.md): one per attending member and one for the
 * extra headcount, at the group's station, "第 3 节：主题" under the group's name.
 */
export async function syncSessionRows(group: GroupRow, session: SessionRow, attendees: readonly string[]): Promise<void> {
  const rows = await attendanceRows({
    station: { id: group.stationId, organisationId: group.organisationId, regionCode: group.regionCode },
    kind: 'group_session',
    servedOn: session.heldOn,
    clientIds: attendees,
    headcount: session.extraHeadcount,
    serviceType: group.name,
    content: translate('zh-CN', 'group.session_content', { no: session.sessionNo, theme: session.theme }),
    workerId: session.facilitatorWorkerId ?? group.facilitatorWorkerId,
  });
  await replaceSourceRows(session.id, rows);
}

/** After a rename or a new facilitator, every session's ledger rows say so. */
export async function resyncGroupRows(group: GroupRow): Promise<void> {
  const sessions = await sessionsOf(group.id);
  const attendance = await attendanceOf(sessions.map((s) => s.session.id));
  for (const { session } of sessions) await syncSessionRows(group, session, attendance.get(session.id) ?? []);
}

async function lockedOpenGroup(groupId: string): Promise<GroupRow> {
  const group = await lockGroup(groupId);
  if (!group) throw notFound();
  if (!groupAcceptsSessions(group.phase as GroupPhase)) throw fieldError('phase', 'field.group_sessions_phase');
  return group;
}

/** Records a new session (`existing` null) or rewrites one, attendance and ledger rows together. */
export async function recordSession(
  actor: Actor,
  groupId: string,
  input: GroupSessionInput,
  existing: SessionRecord | null,
): Promise<GroupDetail> {
  const group = await lockedOpenGroup(groupId);
  const problems = new FieldErrors();
  const attendees = unique(input.attendeeIds);
  if (input.heldOn > today()) problems.add('heldOn', 'field.date_future');
  if (attendees.length === 0 && input.extraHeadcount === 0) problems.add('attendeeIds', 'field.nobody_present');
  const members = new Map((await membersOf(group.id)).map((m) => [m.clientId, m]));
  attendees.forEach((clientId, i) => {
    const m = members.get(clientId);
    if (!m || m.joinedOn > input.heldOn || (m.leftOn !== null && m.leftOn < input.heldOn)) {
      problems.add(`attendeeIds.${i}`, 'field.group_not_member', { index: i + 1 });
    }
  });
  await checkWorker(problems, 'facilitatorWorkerId', group.organisationId, input.facilitatorWorkerId);
  const sessionNo = input.sessionNo ?? existing?.sessionNo ?? (await nextSessionNo(group.id));
  if (await sessionNoTaken(group.id, sessionNo, existing?.id ?? null)) problems.add('sessionNo', 'field.group_session_no_taken');
  problems.throwIfAny();

  const session: SessionRow = {
    id: existing?.id ?? uuidv7(),
    groupId: group.id,
    sessionNo,
    heldOn: input.heldOn,
    theme: input.theme,
    facilitatorWorkerId: input.facilitatorWorkerId ?? null,
    extraHeadcount: input.extraHeadcount,
    notes: input.notes ?? null,
    createdAt: existing?.createdAt ?? new Date(),
  };
  await saveSession(session, attendees);
  await syncSessionRows(group, session, attendees);
  await audit({
    action: existing ? 'group_session.update' : 'group_session.create',
    objectType: 'group_session',
    objectId: session.id,
    details: { groupId: group.id, sessionNo, heldOn: session.heldOn, attendees: attendees.length, extraHeadcount: session.extraHeadcount },
  });
  return presentGroupDetail(group.id, actor);
}

/** Removes a session recorded by mistake, with its attendance and ledger rows; the reason is audited. */
export async function removeSession(session: SessionRecord, reason: string): Promise<void> {
  const group = await lockGroup(session.groupId);
  if (!group) throw notFound();
  if (!groupIsOpen(group.phase as GroupPhase)) throw fieldError('phase', 'field.group_closed');
  await deleteSession(session.id);
  await removeSourceRows(session.id);
  await audit({
    action: 'group_session.delete',
    objectType: 'group_session',
    objectId: session.id,
    details: { groupId: group.id, sessionNo: session.sessionNo, heldOn: session.heldOn, reason },
  });
}
