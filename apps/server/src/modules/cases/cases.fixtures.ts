import { type CaseApproval, type CaseStage, uuidv7 } from '@shegong/core';
import type { FixturePlace, FixtureSet } from '../../../test/fixture-types.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { insertCaseNote } from './case-notes.repository.ts';
import { insertCase } from './cases.repository.ts';

let counter = 0;

export interface MadeCase {
  id: string;
  clientId: string;
  stationId: string;
}

/** A case at a place (the client's community and the organisation), at any stage; a client file is made unless given. */
export async function makeCase(
  place: FixturePlace & {
    clientId?: string;
    stationId?: string;
    stage?: CaseStage;
    approval?: CaseApproval;
    workerId?: string;
    supervisorUserId?: string;
    createdBy?: string;
    approvalRequestedBy?: string;
    riskLevel?: 'low' | 'medium' | 'high';
    nextReviewOn?: string;
    intakeOn?: string;
  },
): Promise<MadeCase> {
  const client = place.clientId && place.stationId ? { id: place.clientId, stationId: place.stationId } : await makeClient(place);
  const id = uuidv7();
  await insertCase({
    id,
    caseNo: `TS-2026-${String(900000 + ++counter)}`,
    clientId: client.id,
    stationId: client.stationId,
    organisationId: place.organisationId,
    regionCode: place.regionCode,
    workerId: place.workerId ?? null,
    supervisorUserId: place.supervisorUserId ?? null,
    stage: place.stage ?? 'intake',
    approval: place.approval ?? 'none',
    approvalRequestedBy: place.approvalRequestedBy ?? null,
    source: 'self',
    intakeOn: place.intakeOn ?? '2026-01-05',
    presentingProblem: '独居老人，近期跌倒后情绪低落',
    riskLevel: place.riskLevel ?? 'medium',
    nextReviewOn: place.nextReviewOn ?? null,
    createdBy: place.createdBy ?? null,
  });
  return { id, clientId: client.id, stationId: client.stationId };
}

export async function makeCaseNote(caseId: string, values: { authorUserId?: string; kind?: 'note' | 'visit'; occurredOn?: string } = {}) {
  const id = uuidv7();
  await insertCaseNote({
    id,
    caseId,
    kind: values.kind ?? 'note',
    occurredOn: values.occurredOn ?? '2026-01-06',
    content: '电话回访，情绪平稳',
    authorUserId: values.authorUserId ?? uuidv7(),
    authorName: '测试社工',
  });
  return id;
}

export const fixtures: FixtureSet = {
  case: async (place) => (await makeCase({ ...place, stage: 'intervention', approval: 'approved' })).id,
  case_note: async (place) => makeCaseNote((await makeCase({ ...place, stage: 'intervention', approval: 'approved' })).id),
};
