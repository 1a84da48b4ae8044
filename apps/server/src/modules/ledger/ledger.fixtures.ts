import { type ServiceKind, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';

/** One ledger row as a module would write it (inserted directly: tests give exact dates and kinds). */
export async function makeServiceRecord(values: {
  regionCode: string;
  organisationId: string;
  stationId: string;
  clientId: string | null;
  servedOn?: string;
  kind?: ServiceKind;
  sourceId?: string | null;
  personTimes?: number;
  content?: string;
}): Promise<string> {
  const id = uuidv7();
  await q()
    .insert(serviceRecords)
    .values({
      id,
      servedOn: '2026-03-10',
      kind: 'case_visit',
      content: '上门探访',
      ...values,
    });
  return id;
}

export const fixtures: FixtureSet = {
  // A named row of a client served at the place by the place's organisation.
  service_record: async (place) => {
    const client = await makeClient(place);
    return makeServiceRecord({ ...place, stationId: client.stationId, clientId: client.id });
  },
};
