import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { insertActivity } from './activities.repository.ts';

let counter = 0;

/** An activity with a headcount at a station (one is opened at the place when none is given). */
export async function makeActivity(values: {
  regionCode: string;
  organisationId: string;
  stationId?: string;
  heldOn?: string;
}): Promise<string> {
  const id = uuidv7();
  await insertActivity({
    id,
    theme: `测试社区活动${++counter}`,
    stationId: values.stationId ?? (await makeStation(values)),
    organisationId: values.organisationId,
    regionCode: values.regionCode,
    heldOn: values.heldOn ?? '2026-03-15',
    place: '社区广场',
    headcount: 30,
    volunteerCount: 4,
  });
  return id;
}

export const fixtures: FixtureSet = { activity: (place) => makeActivity(place) };
