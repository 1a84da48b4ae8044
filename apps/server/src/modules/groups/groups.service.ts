import type { GroupCreate, GroupDetail, GroupUpdate } from '@shegong/contracts';
import { type GroupPhase, type GroupPhaseProblem, groupAcceptsEvaluation, groupIsOpen, groupPhaseProblem, uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import { clientCategories } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { q } from '../../platform/db/tx.ts';
import { FieldErrors, fieldError, versionConflict } from '../../platform/http/errors.ts';
import { resyncGroupRows } from './group-sessions.service.ts';
import { presentGroupDetail } from './groups.present.ts';
import { findGroup, type GroupRow, insertGroup, lockGroup, membersOf, updateGroup } from './groups.repository.ts';
import { checkWorker, recordingStation } from './served-people.ts';

async function checkCategory(problems: FieldErrors, code: string | null | undefined): Promise<void> {
  if (!code) return;
  const [row] = await q().select({ code: clientCategories.code }).from(clientCategories).where(eq(clientCategories.code, code));
  if (!row) problems.add('targetCategory', 'field.category_unknown');
}

function auditGroup(action: string, groupId: string, details: Record<string, unknown>) {
  return audit({ action, objectType: 'group', objectId: groupId, details });
}

/** Plans a group at one of the actor's stations (筹备). */
export async function createGroup(actor: Actor, input: GroupCreate): Promise<GroupDetail> {
  const problems = new FieldErrors();
  const station = await recordingStation(actor, input.stationId);
  if (!station) throw fieldError('stationId', 'field.station_unknown');
  await checkCategory(problems, input.targetCategory);
  await checkWorker(problems, 'facilitatorWorkerId', station.organisationId, input.facilitatorWorkerId);
  problems.throwIfAny();
  const id = uuidv7();
  await insertGroup({
    id,
    name: input.name,
    stationId: station.id,
    organisationId: station.organisationId,
    regionCode: station.regionCode,
    aims: input.aims,
    targetCategory: input.targetCategory ?? null,
    plannedSessions: input.plannedSessions,
    facilitatorWorkerId: input.facilitatorWorkerId ?? null,
    startsOn: input.startsOn ?? null,
  });
  await auditGroup('group.create', id, { name: input.name, stationId: station.id, plannedSessions: input.plannedSessions });
  return presentGroupDetail(id, actor);
}

/** Changes the plan (aims, sessions, facilitator, ...) until the group is closed; session rows follow a rename. */
export async function changeGroup(actor: Actor, current: GroupRow, input: GroupUpdate): Promise<GroupDetail> {
  if (!groupIsOpen(current.phase as GroupPhase)) throw fieldError('phase', 'field.group_closed');
  const problems = new FieldErrors();
  await checkCategory(problems, input.targetCategory);
  await checkWorker(problems, 'facilitatorWorkerId', current.organisationId, input.facilitatorWorkerId);
  problems.throwIfAny();
  const { version, ...values } = input;
  if (!(await updateGroup(current.id, version, values))) throw versionConflict();
  const renamed = (input.name && input.name !== current.name) || input.facilitatorWorkerId !== undefined;
  if (renamed) await resyncGroupRows((await findGroup(current.id)) as GroupRow);
  await auditGroup('group.update', current.id, { fields: Object.keys(values) });
  return presentGroupDetail(current.id, actor);
}

const PHASE_PROBLEM_KEYS = {
  skip: 'field.group_phase_skip',
  no_members: 'field.group_no_members',
  no_evaluation: 'field.group_no_evaluation',
} as const satisfies Record<GroupPhaseProblem, string>;

/** One phase forward (the table in core decides); every transition is audited. */
export async function changePhase(actor: Actor, current: GroupRow, to: GroupPhase, version: number): Promise<GroupDetail> {
  const group = (await lockGroup(current.id)) ?? current;
  const from = group.phase as GroupPhase;
  const activeMembers = (await membersOf(group.id)).filter((m) => m.leftOn === null).length;
  const problem = groupPhaseProblem(from, to, { activeMembers, hasEvaluation: Boolean(group.evaluation) });
  if (problem) throw fieldError('phase', PHASE_PROBLEM_KEYS[problem]);
  if (!(await updateGroup(group.id, version, { phase: to }))) throw versionConflict();
  await auditGroup('group.phase', group.id, { from, to });
  return presentGroupDetail(group.id, actor);
}

/** The evaluation (评估), written in the ending phase before closing. */
export async function evaluateGroup(actor: Actor, current: GroupRow, evaluation: string, version: number): Promise<GroupDetail> {
  if (!groupAcceptsEvaluation(current.phase as GroupPhase)) throw fieldError('evaluation', 'field.group_evaluation_phase');
  if (!(await updateGroup(current.id, version, { evaluation }))) throw versionConflict();
  await auditGroup('group.evaluate', current.id, { length: evaluation.length });
  return presentGroupDetail(current.id, actor);
}
