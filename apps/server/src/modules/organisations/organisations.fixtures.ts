import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { insertOrganisation } from './organisations.repository.ts';

let counter = 0;

export async function makeOrganisation(values: { regionCode: string; name?: string; type?: string }): Promise<string> {
  const id = uuidv7();
  const name = values.name ?? `测试社会工作服务中心${++counter}`;
  await insertOrganisation({
    id,
    name,
    ...pinyinColumns(name),
    type: values.type ?? 'private_non_enterprise',
    regionCode: values.regionCode,
  });
  return id;
}

/** An organisation "at" a place: the place's organisation is itself, so the matrix uses a new one only for other places. */
export const fixtures: FixtureSet = {
  organisation: async ({ regionCode }) => makeOrganisation({ regionCode }),
};

/** A report id that exists nowhere: the review route must still answer by the organisation's scope. */
export const paramSamples = { reportId: '00000000-0000-7000-8000-000000000001' };
