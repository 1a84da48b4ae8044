import { maskIdNumber, uuidv7 } from '@shegong/core';
import type { FixturePlace, FixtureSet } from '../../../test/fixture-types.ts';
import { idLookupHash } from '../clients/client-identity.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { insertShareRequest } from './share-requests.repository.ts';

/**
 * A pending request to share a file held at `holder`, asked from a station at `from` (by
 * default the same place, so the matrix sees both ends at one place).
 */
export async function makeShareRequest(holder: FixturePlace, from: FixturePlace = holder, values: { clientId?: string } = {}) {
  const file = values.clientId ? { id: values.clientId, idNumber: null } : await makeClient(holder);
  const stationId = await makeStation(from);
  const id = uuidv7();
  const idNumber = file.idNumber ?? '440105194503020019';
  await insertShareRequest({
    id,
    clientId: file.id,
    idNumberHash: idLookupHash('resident_id', idNumber),
    personName: '测试对象',
    idNumberMasked: maskIdNumber(idNumber) ?? '',
    fromOrganisationId: from.organisationId,
    fromStationId: stationId,
    fromRegionCode: from.regionCode,
    message: '服务对象迁入本街道，需要继续跟进',
    createdBy: uuidv7(),
  });
  return id;
}

export const fixtures: FixtureSet = {
  share_request: (place) => makeShareRequest(place),
};
