import type { RegistrationKind, RegistrationStatus } from '@shegong/core';
import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';
import { insertRegistration } from './registrations.repository.ts';

let counter = 0;

/** An application in any state; an issued one gets a number and the validity given. */
export async function makeRegistration(values: {
  workerId: string;
  kind?: RegistrationKind;
  status?: RegistrationStatus;
  appliedOn?: string;
  validFrom?: string;
  validUntil?: string;
  firstReviewedBy?: string;
}): Promise<string> {
  const id = uuidv7();
  const status = values.status ?? 'pending';
  await insertRegistration({
    id,
    workerId: values.workerId,
    kind: values.kind ?? 'initial',
    status,
    appliedOn: values.appliedOn ?? values.validFrom ?? '2026-01-05',
    firstReviewedBy: values.firstReviewedBy ?? null,
    registrationNo: status === 'issued' ? `测试登${Date.now().toString(36)}${++counter}` : null,
    validFrom: values.validFrom ?? null,
    validUntil: values.validUntil ?? null,
  });
  return id;
}

export const fixtures: FixtureSet = {
  registration: async (place) => makeRegistration({ workerId: (await makeWorker(place)).id }),
};
