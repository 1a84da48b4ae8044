import { uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { imports } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export const fixtures: FixtureSet = {
  import: async (place) => {
    const id = uuidv7();
    await q()
      .insert(imports)
      .values({
        id,
        kind: 'organisations',
        status: 'ready',
        fileName: 'x.xlsx',
        createdBy: uuidv7(),
        payload: JSON.stringify({ headerRow: 1, headers: [], mapping: {}, unmapped: [], rows: [] }),
        ...place,
      });
    return id;
  },
};

export const paramSamples = { kind: 'organisations' };
