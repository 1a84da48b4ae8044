import { regionLevelOf, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { insertStation } from './stations.repository.ts';

const TIER_BY_LEVEL = { 3: 'district_centre', 4: 'town_station', 5: 'village_point' } as const;
let counter = 0;

export async function makeStation(values: {
  regionCode: string;
  organisationId: string;
  name?: string;
  parentId?: string;
}): Promise<string> {
  const id = uuidv7();
  const name = values.name ?? `测试社工站${++counter}`;
  const level = regionLevelOf(values.regionCode) as 3 | 4 | 5;
  await insertStation({
    id,
    name,
    ...pinyinColumns(name),
    tier: TIER_BY_LEVEL[level] ?? 'village_point',
    regionCode: values.regionCode,
    organisationId: values.organisationId,
    parentId: values.parentId ?? null,
  });
  return id;
}

export const fixtures: FixtureSet = {
  station: (place) => makeStation(place),
};
