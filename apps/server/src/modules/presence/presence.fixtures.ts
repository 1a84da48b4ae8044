import { localDateTime, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { presenceCheckins } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

/** A check-in inserted as is: tests give explicit days and times (the route always uses the server's clock). */
export async function makeCheckin(values: {
  workerId: string;
  organisationId: string;
  communityCode: string;
  day?: string;
  arrivedAt?: string;
  leftAt?: string | null;
  stationId?: string | null;
}): Promise<string> {
  const id = uuidv7();
  await q()
    .insert(presenceCheckins)
    .values({ id, day: localDateTime(new Date()).date, arrivedAt: '09:00:00', ...values });
  return id;
}

export const fixtures: FixtureSet = {
  // The matrix's places are communities: a worker of the place's organisation checked in there today.
  presence_checkin: async (place) => {
    const { id: workerId } = await makeWorker(place);
    return makeCheckin({ workerId, organisationId: place.organisationId, communityCode: place.regionCode });
  },
};
