import type {
  AssignmentCreate,
  CommunityAssignment,
  CommunityStaffing,
  CommunityStaffingPage,
  CommunityStaffingQuery,
  StationCommunities,
  TermEnd,
} from '@shegong/contracts';
import { isWithinRegion, regionPrefix, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { askedRegion, type Scope, scopeOf } from '../../platform/authz/scope.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { findRegion } from '../regions/regions.repository.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import type { StationRow } from '../stations/stations.repository.ts';
import {
  type AssignmentView,
  currentAssignments,
  endAssignment,
  findAssignment,
  insertAssignment,
  overlappingAssignment,
} from './assignments.repository.ts';
import { type CommunityPage, communitiesUnder } from './communities.repository.ts';
import { assignmentPolicy } from './staffing.policy.ts';
import { checkStaffable, isCurrent, lockStation, today } from './staffing-rules.ts';
import { stationBrief } from './station-brief.ts';

export function presentAssignment(view: AssignmentView, actor: Actor | null, day = today()): CommunityAssignment {
  return {
    id: view.id,
    communityCode: view.communityCode,
    communityName: view.communityName,
    stationId: view.stationId,
    stationName: view.stationName,
    workerId: view.workerId,
    workerName: view.workerName,
    startsOn: view.startsOn,
    endsOn: view.endsOn,
    isCurrent: isCurrent(view, day),
    allowedActions: view.endsOn === null && can(actor, 'staffing.manage', assignmentPolicy, view) ? ['end'] : [],
  };
}

async function presentOne(id: string, actor: Actor): Promise<CommunityAssignment> {
  const view = await findAssignment(id);
  if (!view) throw notFound();
  return presentAssignment(view, actor);
}

/** Joins a page of communities with the assignments covering them today. */
async function withAssignments(page: CommunityPage, actor: Actor, scope: Scope, stationId?: string): Promise<CommunityStaffing[]> {
  const day = today();
  const assignments = await currentAssignments(
    page.items.map((c) => c.code),
    scope,
    day,
    stationId,
  );
  return page.items.map((c) => ({
    communityCode: c.code,
    communityName: c.name,
    townName: c.townName,
    assignments: assignments.filter((a) => a.communityCode === c.code).map((a) => presentAssignment(a, actor, day)),
  }));
}

/** Every community in the station's area with its assigned worker, or none. */
export async function stationCommunities(actor: Actor, station: StationRow): Promise<StationCommunities> {
  const scope = scopeOf(actor);
  const page = await communitiesUnder(regionPrefix(station.regionCode), scope, today(), { stationId: station.id, limit: 5000, offset: 0 });
  return {
    station: await stationBrief(station.id),
    items: await withAssignments(page, actor, scope, station.id),
    assigned: page.assigned,
    unassigned: page.unassigned,
    allowedActions: can(actor, 'staffing.manage', stationPolicy, station) ? ['manage'] : [],
  };
}

/** Communities of a town (or any region in the caller's area), whoever's station covers them. */
export async function communityStaffing(actor: Actor, query: CommunityStaffingQuery): Promise<CommunityStaffingPage> {
  const asked = askedRegion(actor, query.regionCode);
  const scope = scopeOf(actor);
  const page = await communitiesUnder(asked, scope, today(), {
    state: query.state,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: await withAssignments(page, actor, scope), total: page.total, assigned: page.assigned, unassigned: page.unassigned };
}

export async function startAssignment(actor: Actor, station: StationRow, input: AssignmentCreate): Promise<CommunityAssignment> {
  await lockStation(station.id);
  const problems = new FieldErrors();
  const community = await findRegion(input.communityCode);
  if (!community) problems.add('communityCode', 'field.region_unknown');
  else if (community.level !== 5) problems.add('communityCode', 'field.community_level');
  else if (!isWithinRegion(input.communityCode, station.regionCode)) problems.add('communityCode', 'field.community_outside_station');
  await checkStaffable(station, input.workerId, problems);
  problems.throwIfAny();
  const term = { startsOn: input.startsOn, endsOn: input.endsOn ?? null };
  const taken = await overlappingAssignment(station.id, input.communityCode, term);
  if (taken) throw fieldError('communityCode', 'field.community_taken', { name: taken.workerName });
  const id = uuidv7();
  await insertAssignment({ id, communityCode: input.communityCode, workerId: input.workerId, stationId: station.id, ...term });
  await audit({
    action: 'staffing.assignment_start',
    objectType: 'community_assignment',
    objectId: id,
    details: { stationId: station.id, communityCode: input.communityCode, workerId: input.workerId, ...term },
  });
  return presentOne(id, actor);
}

export async function finishAssignment(actor: Actor, current: AssignmentView, input: TermEnd): Promise<CommunityAssignment> {
  // Ending is the one edit: a record already ended was changed since the client read it.
  if (current.endsOn !== null) throw versionConflict();
  if (input.endsOn < current.startsOn) throw fieldError('endsOn', 'field.ends_before_start');
  await lockStation(current.stationId);
  if (!(await endAssignment(current.id, input.endsOn))) throw versionConflict();
  await audit({
    action: 'staffing.assignment_end',
    objectType: 'community_assignment',
    objectId: current.id,
    details: { stationId: current.stationId, communityCode: current.communityCode, workerId: current.workerId, endsOn: input.endsOn },
  });
  return presentOne(current.id, actor);
}
