import { z } from 'zod';

export const HomeSummary = z.object({
  regionName: z.string(),
  counts: z.object({
    districts: z.int(),
    towns: z.int(),
    communities: z.int(),
    organisations: z.int(),
    stations: z.int(),
    servicePoints: z.int(),
    centres: z.int(),
    users: z.int(),
  }),
  coverage: z.object({ townsCovered: z.int(), towns: z.int(), communitiesCovered: z.int(), communities: z.int() }),
  byDistrict: z.array(z.object({ code: z.string(), name: z.string(), stations: z.int(), servicePoints: z.int(), organisations: z.int() })),
});
export type HomeSummary = z.infer<typeof HomeSummary>;
