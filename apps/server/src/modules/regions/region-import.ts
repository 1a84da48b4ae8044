import { sql } from 'drizzle-orm';
import { regions } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import type { RegionRow } from './region-source.ts';

/** Upserts a region subtree in batches; names follow the package on re-import. */
export async function importRegions(rows: RegionRow[], batchSize = 1000): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await q()
      .insert(regions)
      .values(rows.slice(i, i + batchSize))
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` } });
  }
  return rows.length;
}
