import { defineResource } from '../../platform/authz/resources.ts';
import { findProject } from './projects.repository.ts';

/** A project sits at its buyer's region and belongs to its provider: buyers and providers each see theirs. */
export const projectPolicy = defineResource({
  name: 'project',
  load: findProject,
  scopeOf: (p) => ({ regionCode: p.regionCode, organisationId: p.organisationId }),
  actions: ['project.manage', 'project.spend'],
  rules: {
    // The provider records spending against its own contract; the buyer manages the contract.
    'project.spend': (actor, p) => actor.organisationId === p.organisationId,
    'project.manage': (actor) => actor.organisationId === null,
  },
});
