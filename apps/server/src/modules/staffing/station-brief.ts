import type { StationBrief } from '@shegong/contracts';
import { notFound } from '../../platform/http/errors.ts';
import { viewStation } from '../stations/stations.repository.ts';

/** The station a staffing page is about, with its region and organisation names. */
export async function stationBrief(id: string): Promise<StationBrief> {
  const view = await viewStation(id);
  if (!view) throw notFound();
  return {
    id: view.id,
    name: view.name,
    tier: view.tier as StationBrief['tier'],
    regionCode: view.regionCode,
    regionName: view.regionName ?? view.regionCode,
    organisationId: view.organisationId,
    organisationName: view.organisationName ?? '',
  };
}
