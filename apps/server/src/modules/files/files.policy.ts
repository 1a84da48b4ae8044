import { eq } from 'drizzle-orm';
import { files } from '../../db/schema/index.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { q } from '../../platform/db/tx.ts';

export interface FileRecord {
  id: string;
  ownerType: string;
  ownerId: string;
  regionCode: string;
  organisationId: string | null;
}

/** A file is visible where the record it belongs to is. */
export const filePolicy = defineResource({
  name: 'file',
  load: async (id) => {
    const [row] = await q()
      .select({
        id: files.id,
        ownerType: files.ownerType,
        ownerId: files.ownerId,
        regionCode: files.regionCode,
        organisationId: files.organisationId,
      })
      .from(files)
      .where(eq(files.id, id));
    return row ?? null;
  },
  scopeOf: (f) => ({ regionCode: f.regionCode, organisationId: f.organisationId }),
  actions: [],
});
