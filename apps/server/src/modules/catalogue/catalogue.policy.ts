import { defineResource } from '../../platform/authz/resources.ts';
import { findCatalogueItem } from './catalogue.repository.ts';

/** A catalogue item belongs to its buyer's region; providers read the catalogue of their area. */
export const cataloguePolicy = defineResource({
  name: 'catalogue_item',
  load: findCatalogueItem,
  scopeOf: (item) => ({ regionCode: item.regionCode, organisationId: null }),
  actions: ['catalogue.manage'],
});
