import { z } from 'zod';
import { PageQuery, zDate, zId, zName, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const StationAllowedAction = z.enum(['update', 'delete']);
export type StationAllowedAction = z.infer<typeof StationAllowedAction>;

export const STATION_TIERS = ['district_centre', 'town_station', 'village_point'] as const;
export type StationTier = (typeof STATION_TIERS)[number];
/** The region level each tier is bound to: district 3, town 4, village 5. */
export const TIER_REGION_LEVEL: Record<StationTier, number> = { district_centre: 3, town_station: 4, village_point: 5 };
export const STATION_STATUSES = ['active', 'suspended', 'closed'] as const;

export const Station = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.enum(STATION_TIERS),
  regionCode: z.string(),
  regionName: z.string(),
  regionPath: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(STATION_STATUSES),
  openedOn: z.string().nullable(),
  childCount: z.int(),
  version: z.int(),
  allowedActions: z.array(StationAllowedAction),
});
export type Station = z.infer<typeof Station>;

const zPhone = z
  .string()
  .trim()
  .regex(/^[\d\-+() ]{5,20}$/, { error: 'field.invalid' });

export const StationCreate = z
  .strictObject({
    name: zName,
    tier: z.enum(STATION_TIERS),
    regionCode: zRegionCode,
    organisationId: zId,
    parentId: zId.optional(),
    address: z.string().trim().max(200).optional(),
    phone: zPhone.optional(),
    status: z.enum(STATION_STATUSES).default('active'),
    openedOn: zDate.optional(),
  })
  .meta({
    examples: [
      {
        name: '南华西街社工站',
        tier: 'town_station',
        regionCode: '440105008000',
        organisationId: EXAMPLE_ID.organisation,
        address: '同福西路 112 号',
        phone: '020-84428831',
        openedOn: '2021-06-15',
      },
    ],
  });
export type StationCreate = z.input<typeof StationCreate>;

export const StationUpdate = z
  .strictObject({
    name: zName.optional(),
    organisationId: zId.optional(),
    parentId: zId.nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
    phone: zPhone.nullable().optional(),
    status: z.enum(STATION_STATUSES).optional(),
    openedOn: zDate.nullable().optional(),
    version: zVersion,
  })
  .meta({ examples: [{ phone: '020-84428830', status: 'active', openedOn: '2021-06-15', version: 2 }] });
export type StationUpdate = z.infer<typeof StationUpdate>;

export const StationListQuery = PageQuery.extend({
  tier: z.enum(STATION_TIERS).optional(),
  regionCode: zRegionCode.optional(),
  organisationId: zId.optional(),
  status: z.enum(STATION_STATUSES).optional(),
});
export type StationListQuery = z.infer<typeof StationListQuery>;

const CoverageRegion = z.object({ code: z.string(), name: z.string(), parentName: z.string() });

export const Coverage = z.object({
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      towns: z.int(),
      townsWithStation: z.int(),
      communities: z.int(),
      communitiesWithPoint: z.int(),
      hasCentre: z.boolean(),
    }),
  ),
  townsWithoutStation: z.array(CoverageRegion),
  communitiesWithoutPoint: z.object({ items: z.array(CoverageRegion), total: z.int() }),
});
export type Coverage = z.infer<typeof Coverage>;

export const CoverageQuery = z.strictObject({
  regionCode: zRegionCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
