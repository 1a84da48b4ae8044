import { z } from 'zod';
import { zRegionCode } from './common.ts';

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: z.int(),
  parentCode: z.string().nullable(),
  childCount: z.int(),
});
export type Region = z.infer<typeof Region>;

export const RegionListQuery = z.strictObject({
  parent: zRegionCode.optional(),
  q: z.string().trim().max(50).optional(),
});
export type RegionListQuery = z.infer<typeof RegionListQuery>;

export const RegionCodeParams = z.strictObject({ code: zRegionCode });

/** A region node with its ancestors, from the city down. */
export const RegionDetail = Region.extend({ path: z.array(Region) });
export type RegionDetail = z.infer<typeof RegionDetail>;
