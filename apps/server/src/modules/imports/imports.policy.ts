import { defineResource } from '../../platform/authz/resources.ts';
import { findImport } from './imports.repository.ts';

/** An import is its uploader's work in progress: scoped like any record, and only the uploader acts on it. */
export const importPolicy = defineResource({
  name: 'import',
  load: findImport,
  scopeOf: (row) => ({ regionCode: row.regionCode, organisationId: row.organisationId }),
  actions: [],
  isOwn: (actor, row) => row.createdBy === actor.userId,
});
