import { STATION_STATUSES, STATION_TIERS, type StationTier } from '@shegong/contracts';
import { REGION_LEVEL_DIGITS, type RegionLevel, toRegionCode } from '@shegong/core';
import type { TFunction, TKey } from '../../app/i18n/i18n-context.tsx';

export type StationStatus = (typeof STATION_STATUSES)[number];

export const TIER_COLORS: Record<StationTier, string> = { district_centre: 'purple', town_station: 'blue', village_point: 'green' };
export const STATUS_BADGES: Record<StationStatus, 'success' | 'warning' | 'default'> = {
  active: 'success',
  suspended: 'warning',
  closed: 'default',
};
const STATUS_KEYS: Record<StationStatus, TKey> = {
  active: 'station.status.active',
  suspended: 'station.status.suspended',
  closed: 'station.status.closed',
};

/** A station reports to the tier above: village point → town station → district centre. */
export const PARENT_TIER: Record<StationTier, StationTier | null> = {
  district_centre: null,
  town_station: 'district_centre',
  village_point: 'town_station',
};

export function statusLabel(t: TFunction, status: StationStatus): string {
  return t(STATUS_KEYS[status]);
}

export function tierOptions(t: TFunction) {
  return STATION_TIERS.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }));
}

export function statusOptions(t: TFunction) {
  return STATION_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }));
}

/** The region in which a station's parent sits: the district of a town, the town of a village. */
export function parentRegionCode(regionCode: string, parentTier: StationTier): string {
  const level = (parentTier === 'district_centre' ? 3 : 4) as RegionLevel;
  return toRegionCode(regionCode.slice(0, REGION_LEVEL_DIGITS[level]));
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}
