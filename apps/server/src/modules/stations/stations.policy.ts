import { defineResource } from '../../platform/authz/resources.ts';
import { findStation } from './stations.repository.ts';

/** A station sits in its region and belongs to the organisation that runs it. */
export const stationPolicy = defineResource({
  name: 'station',
  load: findStation,
  scopeOf: (s) => ({ regionCode: s.regionCode, organisationId: s.organisationId }),
  actions: ['station.update', 'station.delete'],
});
