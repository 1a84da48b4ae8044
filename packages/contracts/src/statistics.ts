import { z } from 'zod';
import { zRegionCode } from './common.ts';

export const StatisticsQuery = z.strictObject({ regionCode: zRegionCode.optional() });

/** Workforce and organisation statistics for a district or the city. */
export const WorkforceStatistics = z.object({
  regionName: z.string(),
  totals: z.object({
    workers: z.int(),
    certified: z.int(),
    organisations: z.int(),
    population: z.int().nullable(),
    /** Certified workers per 10,000 residents; null where population is unknown. */
    certifiedPer10k: z.number().nullable(),
  }),
  byLevel: z.array(z.object({ level: z.string(), workers: z.int() })),
  byDistrict: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      workers: z.int(),
      certified: z.int(),
      assistant: z.int(),
      intermediate: z.int(),
      senior: z.int(),
      organisations: z.int(),
      population: z.int().nullable(),
      certifiedPer10k: z.number().nullable(),
      meetsOrganisationTarget: z.boolean(),
    }),
  ),
  byOrganisation: z.array(z.object({ id: z.string(), name: z.string(), workers: z.int(), certified: z.int() })),
  organisationTarget: z.int(),
  expiring: z.object({
    registrations: z.array(
      z.object({ workerId: z.string(), workerName: z.string(), organisationName: z.string(), validUntil: z.string(), daysLeft: z.int() }),
    ),
    ratings: z.array(
      z.object({ organisationId: z.string(), organisationName: z.string(), grade: z.string(), validUntil: z.string(), daysLeft: z.int() }),
    ),
  }),
});
export type WorkforceStatistics = z.infer<typeof WorkforceStatistics>;

export const PopulationUpdate = z
  .strictObject({ population: z.int().min(0).max(100_000_000) })
  .meta({ examples: [{ population: 1818200 }] });
export const RegionPopulation = z.object({ code: z.string(), population: z.int() });
export type RegionPopulation = z.infer<typeof RegionPopulation>;
