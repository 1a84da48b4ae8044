import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { catalogueItems, projectStations, projects } from '../../db/schema/index.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import { makeStation } from '../stations/stations.fixtures.ts';

let counter = 0;

/** A project bought at a region from an organisation, with one station of that organisation there. */
export async function makeProject(place: {
  regionCode: string;
  organisationId: string;
  stationId?: string;
  startsOn?: string;
  endsOn?: string;
}): Promise<string> {
  const id = uuidv7();
  const name = `测试购买服务项目${++counter}`;
  const stationId = place.stationId ?? (await makeStation(place));
  await q()
    .insert(projects)
    .values({
      id,
      code: `TEST-${id.slice(-8)}`,
      name,
      ...pinyinColumns(name),
      regionCode: place.regionCode,
      buyerName: '测试购买方',
      organisationId: place.organisationId,
      startsOn: place.startsOn ?? '2026-01-01',
      endsOn: place.endsOn ?? '2026-12-31',
      contractAmount: '2400000.00',
      status: 'in_service',
    });
  await q().insert(projectStations).values({ projectId: id, stationId });
  return id;
}

export const fixtures: FixtureSet = {
  project: (place) => makeProject(place),
  catalogue_item: async (place) => {
    const id = uuidv7();
    await q()
      .insert(catalogueItems)
      .values({ id, year: 2026, serviceArea: '长者服务', name: `测试目录${++counter}`, regionCode: place.regionCode });
    return id;
  },
};
