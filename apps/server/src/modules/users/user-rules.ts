import { grantableBy, ORGANISATION_ROLES, ROLE_REGION_LEVEL, type Role } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { FieldErrors } from '../../platform/http/errors.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { checkRegion } from '../regions/region-rules.ts';

export interface Binding {
  roles: Role[];
  regionCode: string;
  organisationId: string | null;
}

/**
 * A binding an administrator may create: roles at or below its own, a region inside its
 * subtree at the level each role needs, and its own organisation if it has one.
 */
export async function checkBinding(actor: Actor, binding: Binding): Promise<void> {
  const problems = new FieldErrors();
  const grantable = new Set(grantableBy(actor.roles));
  for (const role of binding.roles) if (!grantable.has(role)) problems.add('roles', 'field.role_not_grantable', { role });
  const { region, problem } = await checkRegion(actor, binding.regionCode);
  if (problem) problems.add('regionCode', problem);
  const levels = binding.roles.map((role) => ROLE_REGION_LEVEL[role]).filter((level) => level !== undefined);
  if (region && !problem && levels.some((level) => level !== region.level)) problems.add('regionCode', 'field.region_level');
  const needsOrganisation = binding.roles.some((role) => ORGANISATION_ROLES.includes(role));
  if (actor.organisationId && binding.organisationId !== actor.organisationId) {
    problems.add('organisationId', 'field.organisation_not_allowed');
  } else if (binding.organisationId) {
    if (!(await findOrganisation(binding.organisationId))) problems.add('organisationId', 'field.organisation_unknown');
  } else if (needsOrganisation) {
    problems.add('organisationId', 'field.organisation_required');
  }
  problems.throwIfAny();
}
