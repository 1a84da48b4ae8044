import { z } from 'zod';
import { zId, zRegionCode } from './common.ts';

export const DashboardQuery = z.strictObject({
  regionCode: zRegionCode.optional(),
  stationId: zId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const Named = { code: z.string(), name: z.string() };

/** One view of the city, a district, a town or a station, read from rollups. */
export const Dashboard = z.object({
  scope: z.object({
    kind: z.enum(['region', 'station']),
    code: z.string(),
    name: z.string(),
    level: z.int().nullable(),
    parentCode: z.string().nullable(),
  }),
  year: z.int(),
  totals: z.object({
    personTimes: z.int(),
    peopleServed: z.int(),
    caseVisits: z.int(),
    groupSessions: z.int(),
    activities: z.int(),
    openCases: z.int(),
    stations: z.int(),
    servicePoints: z.int(),
    workers: z.int(),
  }),
  personTimesByMonth: z.array(z.object({ month: z.string(), personTimes: z.int(), peopleServed: z.int() })),
  byKind: z.array(z.object({ kind: z.string(), personTimes: z.int() })),
  peopleByCategory: z.array(z.object({ ...Named, people: z.int() })),
  casesByStage: z.array(z.object({ stage: z.string(), cases: z.int() })),
  /** Drill-down: the next level's regions, or the region's stations. */
  children: z.array(
    z.object({ kind: z.enum(['region', 'station']), ...Named, personTimes: z.int(), peopleServed: z.int(), stations: z.int() }),
  ),
  projects: z.object({
    total: z.int(),
    behind: z.int(),
    personnelBelow: z.int(),
    contract: z.number(),
    spent: z.number(),
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        organisationName: z.string(),
        elapsed: z.number(),
        progress: z.number(),
        pace: z.string(),
        executionRate: z.number().nullable(),
      }),
    ),
  }),
  coverage: z.object({ towns: z.int(), townsCovered: z.int(), communities: z.int(), communitiesCovered: z.int() }),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** The charts of a dashboard that export as a sheet. */
export const DASHBOARD_CHARTS = ['personTimesByMonth', 'peopleByCategory', 'casesByStage', 'children', 'projects', 'byKind'] as const;
export const DashboardExportQuery = DashboardQuery.extend({ chart: z.enum(DASHBOARD_CHARTS) });
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>;
