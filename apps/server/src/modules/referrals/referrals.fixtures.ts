import { uuidv7 } from '@shegong/core';
import type { FixturePlace, FixtureSet } from '../../../test/fixture-types.ts';
import { makeCase } from '../cases/cases.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { insertReferral } from './referrals.repository.ts';

/** A pending referral from a case at `from` to a new station at `to` (by default the same place). */
export async function makeReferral(
  from: FixturePlace,
  to: FixturePlace = from,
  values: { caseId?: string; clientId?: string; fromStationId?: string } = {},
) {
  const sending =
    values.caseId && values.clientId && values.fromStationId
      ? null
      : await makeCase({ ...from, stage: 'intervention', approval: 'approved' });
  const toStationId = await makeStation(to);
  const id = uuidv7();
  await insertReferral({
    id,
    caseId: values.caseId ?? (sending?.id as string),
    clientId: values.clientId ?? (sending?.clientId as string),
    fromOrganisationId: from.organisationId,
    fromStationId: values.fromStationId ?? (sending?.stationId as string),
    toOrganisationId: to.organisationId,
    toStationId,
    toRegionCode: to.regionCode,
    reason: '服务对象迁居，需就近跟进',
    createdBy: uuidv7(),
  });
  return id;
}

export const fixtures: FixtureSet = {
  referral: (place) => makeReferral(place),
};
