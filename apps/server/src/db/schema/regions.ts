import { index, integer, pgTable, smallint, text, varchar } from 'drizzle-orm/pg-core';

/** The national division tree (GB/T 2260 + statistical codes), loaded for one city. */
export const regions = pgTable(
  'regions',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentCode: varchar('parent_code', { length: 12 }),
    /** Residents, for per-capita indicators; a setting or an import. */
    population: integer('population'),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_level_idx').on(t.level)],
);
