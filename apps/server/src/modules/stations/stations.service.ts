import { type Station, type StationCreate, type StationUpdate, TIER_REGION_LEVEL } from '@shegong/contracts';
import { type Locale, translate, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { FieldErrors, fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { requireRegionInScope } from '../regions/region-rules.ts';
import { regionNames } from '../regions/regions.repository.ts';
import { stationPolicy } from './stations.policy.ts';
import {
  countChildren,
  deleteStation,
  findStation,
  insertStation,
  type StationRow,
  type StationView,
  updateStation,
  viewStation,
} from './stations.repository.ts';

/** Presents stations with "海珠区 / 南华西街道" paths, fetching all names in one query. */
export async function presentStations(views: StationView[], actor: Actor | null): Promise<Station[]> {
  const codes = views.flatMap((v) => [v.regionCode.slice(0, 6).padEnd(12, '0'), v.regionCode.slice(0, 9).padEnd(12, '0')]);
  const names = await regionNames(codes);
  return views.map((v) => {
    const path = [...new Set([v.regionCode.slice(0, 6).padEnd(12, '0'), v.regionCode.slice(0, 9).padEnd(12, '0'), v.regionCode])]
      .map((c) => (c === v.regionCode ? v.regionName : names.get(c)))
      .filter(Boolean)
      .join(' / ');
    return {
      id: v.id,
      name: v.name,
      tier: v.tier as Station['tier'],
      regionCode: v.regionCode,
      regionName: v.regionName ?? v.regionCode,
      regionPath: path,
      organisationId: v.organisationId,
      organisationName: v.organisationName ?? '',
      parentId: v.parentId,
      parentName: v.parentName,
      address: v.address,
      phone: v.phone,
      status: v.status as Station['status'],
      openedOn: v.openedOn,
      childCount: v.childCount,
      version: v.version,
      allowedActions: allowedActions(actor, stationPolicy, v),
    };
  });
}

async function presentOne(id: string, actor: Actor): Promise<Station> {
  const view = await viewStation(id);
  if (!view) throw notFound();
  const [station] = await presentStations([view], actor);
  return station as Station;
}

/** A parent must be one tier up and contain the child's region. */
async function checkParent(parentId: string, tier: Station['tier'], regionCode: string): Promise<void> {
  const parent = await findStation(parentId);
  const expectedTier = tier === 'village_point' ? 'town_station' : tier === 'town_station' ? 'district_centre' : null;
  const parentPrefix = tier === 'village_point' ? regionCode.slice(0, 9) : regionCode.slice(0, 6);
  if (!parent || parent.tier !== expectedTier || !parent.regionCode.startsWith(parentPrefix)) {
    throw fieldError('parentId', 'field.parent_station');
  }
}

export async function createStation(actor: Actor, input: StationCreate, locale: Locale): Promise<Station> {
  const tier = input.tier;
  const problems = new FieldErrors();
  const region = await requireRegionInScope(actor, input.regionCode, 'regionCode');
  if (region.level !== TIER_REGION_LEVEL[tier]) {
    problems.add('regionCode', 'field.station_tier_region', {
      expected: translate(locale, `level.${TIER_REGION_LEVEL[tier]}` as 'level.3'),
    });
  }
  if (!(await findOrganisation(input.organisationId))) problems.add('organisationId', 'field.organisation_unknown');
  problems.throwIfAny();
  if (input.parentId) await checkParent(input.parentId, tier, input.regionCode);
  const id = uuidv7();
  await insertStation({
    id,
    name: input.name,
    ...pinyinColumns(input.name),
    tier,
    regionCode: input.regionCode,
    organisationId: input.organisationId,
    parentId: input.parentId ?? null,
    address: input.address ?? null,
    phone: input.phone ?? null,
    status: input.status ?? 'active',
    openedOn: input.openedOn ?? null,
  });
  await audit({
    action: 'station.create',
    objectType: 'station',
    objectId: id,
    details: { name: input.name, tier },
  });
  return presentOne(id, actor);
}

export async function changeStation(actor: Actor, current: StationRow, input: StationUpdate): Promise<Station> {
  if (input.organisationId && input.organisationId !== current.organisationId) {
    // Re-contracting a station to another organisation is the bureau's decision, not a provider's.
    if (actor.organisationId) throw fieldError('organisationId', 'field.organisation_not_allowed');
    if (!(await findOrganisation(input.organisationId))) throw fieldError('organisationId', 'field.organisation_unknown');
  }
  if (input.parentId) await checkParent(input.parentId, current.tier as Station['tier'], current.regionCode);
  const { version, name, ...rest } = input;
  const values = { ...rest, ...(name ? { name, ...pinyinColumns(name) } : {}) };
  if (!(await updateStation(current.id, version, values))) throw versionConflict();
  await audit({
    action: 'station.update',
    objectType: 'station',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return presentOne(current.id, actor);
}

export async function removeStation(current: StationRow, version: number): Promise<void> {
  if ((await countChildren(current.id)) > 0) throw fieldError('id', 'field.station_has_children');
  if (!(await deleteStation(current.id, version))) throw versionConflict();
  await audit({
    action: 'station.delete',
    objectType: 'station',
    objectId: current.id,
    details: { name: current.name },
  });
}
