import { type Role, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { TEST_PASSWORD, testPasswordHash } from '../../../test/password.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { insertUser } from './users.repository.ts';

let counter = 0;

export interface MadeUser {
  id: string;
  username: string;
  password: string;
}

export async function makeUser(values: {
  roles: Role[];
  regionCode: string;
  organisationId?: string | null;
  username?: string;
  displayName?: string;
  mobile?: string;
}): Promise<MadeUser> {
  const id = uuidv7();
  const username = values.username ?? `u${++counter}.${id.slice(-6)}`;
  const displayName = values.displayName ?? `测试用户${counter}`;
  await insertUser(
    {
      id,
      username,
      displayName,
      ...pinyinColumns(displayName),
      mobile: values.mobile ?? null,
      passwordHash: await testPasswordHash(),
      regionCode: values.regionCode,
      organisationId: values.organisationId ?? null,
    },
    values.roles,
  );
  return { id, username, password: TEST_PASSWORD };
}

export const fixtures: FixtureSet = {
  user: async (place) => (await makeUser({ roles: ['worker'], ...place })).id,
};
