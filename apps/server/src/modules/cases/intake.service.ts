import type { CaseCreate, CaseDetail } from '@shegong/contracts';
import { formatCaseNo, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { FieldErrors } from '../../platform/http/errors.ts';
import { today } from '../workers/worker-status.ts';
import { caseNoPrefix, caseRegion, checkCaseStaff, ownStation, visibleClient } from './case-parties.ts';
import { presentCaseDetail } from './case-present.ts';
import { insertCase, insertCaseEvent, nextCaseSequence, updateCase } from './cases.repository.ts';

export interface NewCase {
  clientId: string;
  clientRegion: string;
  station: { id: string; regionCode: string; organisationId: string };
  source: CaseCreate['source'];
  intakeOn: string;
  presentingProblem: string;
  riskLevel: CaseCreate['riskLevel'];
  workerId?: string | null;
  supervisorUserId?: string | null;
  comment?: string | null;
}

/** Opens a case at intake with the next number of its organisation's year (intake and referral acceptance). */
export async function openCase(actor: Actor, input: NewCase): Promise<string> {
  const id = uuidv7();
  const year = Number(input.intakeOn.slice(0, 4));
  const sequence = await nextCaseSequence(input.station.organisationId, year);
  await insertCase({
    id,
    caseNo: formatCaseNo(await caseNoPrefix(input.station.regionCode), year, sequence),
    clientId: input.clientId,
    stationId: input.station.id,
    organisationId: input.station.organisationId,
    regionCode: caseRegion(input.clientRegion, input.station.regionCode),
    workerId: input.workerId ?? null,
    supervisorUserId: input.supervisorUserId ?? null,
    stage: 'intake',
    source: input.source,
    intakeOn: input.intakeOn,
    presentingProblem: input.presentingProblem,
    riskLevel: input.riskLevel,
    createdBy: actor.userId,
  });
  await insertCaseEvent({
    id: uuidv7(),
    caseId: id,
    action: 'create',
    fromStage: null,
    toStage: 'intake',
    comment: input.comment ?? null,
    actorUserId: actor.userId,
    actorName: actor.displayName,
  });
  return id;
}

/** 接案, or 不接案 at once when a reason for declining is given. */
export async function createCase(actor: Actor, input: CaseCreate): Promise<CaseDetail> {
  const problems = new FieldErrors();
  const client = await visibleClient(actor, input.clientId);
  if (!client) problems.add('clientId', 'field.case_client_unknown');
  const station = await ownStation(actor, input.stationId);
  if (!station) problems.add('stationId', 'field.case_station_unknown');
  if (input.intakeOn > today()) problems.add('intakeOn', 'field.date_future');
  if (station) await checkCaseStaff(problems, actor, station.organisationId, input);
  problems.throwIfAny();
  if (!client || !station) throw new Error('unreachable: reported as field errors above');
  const id = await openCase(actor, { ...input, clientId: client.id, clientRegion: client.regionCode, station });
  const events = [{ action: 'case.create', details: { clientId: client.id, stationId: station.id, source: input.source } }];
  if (input.declinedReason) {
    await declineAtIntake(actor, id, input.declinedReason);
    events.push({ action: 'case.decline', details: { clientId: client.id, stationId: station.id, source: input.source } });
  }
  await audit(
    ...events.map((e) => ({
      action: e.action,
      objectType: 'case',
      objectId: id,
      details: e.details,
    })),
  );
  return presentCaseDetail(id, actor);
}

/** A case recorded as declined at intake: the intake is kept, with the reason. */
async function declineAtIntake(actor: Actor, id: string, reason: string): Promise<void> {
  await updateCase(id, 1, { stage: 'declined', declinedReason: reason });
  await insertCaseEvent({
    id: uuidv7(),
    caseId: id,
    action: 'decline',
    fromStage: 'intake',
    toStage: 'declined',
    comment: reason,
    actorUserId: actor.userId,
    actorName: actor.displayName,
  });
}
