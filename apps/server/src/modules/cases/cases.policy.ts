import { isOwnCaseWork } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { findCaseNote } from './case-notes.repository.ts';
import { type CaseRecord, findCase } from './cases.repository.ts';

/** The supervisor named on the case, or any supervisor of its organisation when none is named. */
function supervises(actor: Actor, c: CaseRecord): boolean {
  return c.supervisorUserId ? c.supervisorUserId === actor.userId : actor.organisationId === c.organisationId;
}

/** Nobody signs off their own work: not the creator, not the case's worker, not whoever asked. */
export function maySignOff(actor: Actor, c: CaseRecord): boolean {
  const parties = { createdBy: c.createdBy, workerUserId: c.workerUserId };
  return supervises(actor, c) && !isOwnCaseWork(actor.userId, parties, c.approvalRequestedBy);
}

/** A case sits in the client's community and belongs to the organisation running its station. */
export const casePolicy = defineResource({
  name: 'case',
  load: findCase,
  scopeOf: (c) => ({ regionCode: c.regionCode, organisationId: c.organisationId }),
  actions: ['case.update', 'case.approve', 'case.refer'],
  rules: { 'case.approve': maySignOff },
});

/** A case note sits with its case; only its author corrects or removes it. */
export const caseNotePolicy = defineResource({
  name: 'case_note',
  load: findCaseNote,
  scopeOf: (n) => ({ regionCode: n.regionCode, organisationId: n.organisationId }),
  actions: ['case.update'],
  rules: { 'case.update': (actor, n) => n.authorUserId === actor.userId },
});
