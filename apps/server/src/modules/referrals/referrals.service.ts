import type { Referral, ReferralAccept, ReferralCreate, ReferralReject } from '@shegong/contracts';
import { type CaseStage, isCaseOpen, type Locale, type MessageKey, translate, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { AppError, FieldErrors, fieldError, notFound } from '../../platform/http/errors.ts';
import { checkCaseStaff } from '../cases/case-parties.ts';
import { type CaseRecord, findCase, insertCaseEvent, lockCase } from '../cases/cases.repository.ts';
import { openCase } from '../cases/intake.service.ts';
import { findStation } from '../stations/stations.repository.ts';
import { today } from '../workers/worker-status.ts';
import { presentReferrals } from './referral-present.ts';
import {
  answerReferral,
  hasPendingReferral,
  insertReferral,
  type ReferralRecord,
  referredClient,
  setReferralNewCase,
  shareClient,
  viewReferral,
} from './referrals.repository.ts';

export async function presentReferral(id: string, actor: Actor, locale: Locale): Promise<Referral> {
  const view = await viewReferral(id);
  if (!view) throw notFound();
  const [referral] = await presentReferrals([view], actor, locale);
  return referral as Referral;
}

const notPending = () => new AppError(409, 'invalid_state', 'referral.not_pending');

/** The referral's trace on the sending case: no stage changes, the case moves on by its own steps. */
async function noteOnCase(actor: Actor, c: { id: string; stage: string }, action: string, comment: string) {
  await insertCaseEvent({
    id: uuidv7(),
    caseId: c.id,
    action,
    fromStage: c.stage,
    toStage: c.stage,
    comment,
    actorUserId: actor.userId,
    actorName: actor.displayName,
  });
}

const auditOf = (action: string, objectId: string, details: Record<string, unknown>) =>
  audit({ action, objectType: 'referral', objectId, details });

/** 转介 out to any station of the city, possibly another organisation's; one open referral per case. */
export async function referCase(actor: Actor, c: CaseRecord, input: ReferralCreate, locale: Locale): Promise<Referral> {
  if (!isCaseOpen(c.stage as CaseStage)) {
    throw new AppError(409, 'invalid_state', 'case.invalid_transition', {
      stage: translate(locale, `case.stage.${c.stage}` as MessageKey),
    });
  }
  const station = await findStation(input.toStationId);
  if (station?.status !== 'active') throw fieldError('toStationId', 'field.referral_station_unknown');
  if (station.id === c.stationId) throw fieldError('toStationId', 'field.referral_same_station');
  // One open referral per case: a second request at the same moment waits here, then finds the first.
  await lockCase(c.id);
  if (await hasPendingReferral(c.id)) throw fieldError('toStationId', 'field.referral_open');
  const id = uuidv7();
  await insertReferral({
    id,
    caseId: c.id,
    clientId: c.clientId,
    fromOrganisationId: c.organisationId,
    fromStationId: c.stationId,
    toOrganisationId: station.organisationId,
    toStationId: station.id,
    toRegionCode: station.regionCode,
    reason: input.reason,
    createdBy: actor.userId,
  });
  await noteOnCase(actor, c, 'refer', `${station.name}：${input.reason}`);
  await auditOf('referral.create', id, { caseId: c.id, toStationId: station.id, toOrganisationId: station.organisationId });
  return presentReferral(id, actor, locale);
}

/**
 * Accepting opens a case at the receiving station (source referral_in) and shares the
 * client: in full with the receiver, the sender keeping its own history read-only.
 */
export async function acceptReferral(actor: Actor, r: ReferralRecord, input: ReferralAccept, locale: Locale): Promise<Referral> {
  if (r.status !== 'pending') throw notPending();
  const problems = new FieldErrors();
  await checkCaseStaff(problems, actor, r.toOrganisationId, input);
  problems.throwIfAny();
  const [sending, station, client] = await Promise.all([findCase(r.caseId), findStation(r.toStationId), referredClient(r.clientId)]);
  if (!sending || !station || !client) throw notFound();
  if (!(await answerReferral(r.id, { status: 'accepted', respondedBy: actor.userId, responseComment: input.comment ?? null })))
    throw notPending();
  const newCaseId = await openCase(actor, {
    clientId: client.id,
    clientRegion: client.regionCode,
    station,
    source: 'referral_in',
    intakeOn: today(),
    presentingProblem: r.reason,
    riskLevel: sending.riskLevel as 'low' | 'medium' | 'high',
    workerId: input.workerId ?? null,
    supervisorUserId: input.supervisorUserId ?? null,
    comment: `${translate(locale, 'case.source.referral_in')}：${sending.caseNo}`,
  });
  await setReferralNewCase(r.id, newCaseId);
  // Within one organisation the client is already its own; shares are for another organisation.
  if (r.toOrganisationId !== r.fromOrganisationId) {
    await shareClient({
      id: uuidv7(),
      clientId: r.clientId,
      organisationId: r.toOrganisationId,
      regionCode: r.toRegionCode,
      access: 'full',
      referralId: r.id,
    });
    await shareClient({
      id: uuidv7(),
      clientId: r.clientId,
      organisationId: r.fromOrganisationId,
      regionCode: r.fromRegionCode,
      access: 'history',
      referralId: r.id,
    });
  }
  await noteOnCase(actor, sending, 'referral_accepted', input.comment?.trim() || station.name);
  await auditOf('referral.accept', r.id, { caseId: r.caseId, newCaseId });
  await audit({
    action: 'case.create',
    objectType: 'case',
    objectId: newCaseId,
    details: { referralId: r.id },
  });
  return presentReferral(r.id, actor, locale);
}

export async function rejectReferral(actor: Actor, r: ReferralRecord, input: ReferralReject, locale: Locale): Promise<Referral> {
  if (!(await answerReferral(r.id, { status: 'rejected', respondedBy: actor.userId, responseComment: input.comment }))) throw notPending();
  const sending = await findCase(r.caseId);
  if (sending) await noteOnCase(actor, sending, 'referral_rejected', input.comment);
  await auditOf('referral.reject', r.id, { caseId: r.caseId });
  return presentReferral(r.id, actor, locale);
}
