import { grantableBy } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { defineResource } from '../../platform/authz/resources.ts';
import { findUser, type UserRecord } from './users.repository.ts';

/** Administrators act only on users whose every role they could have granted themselves. */
function outranks(actor: Actor, target: UserRecord): boolean {
  if (actor.userId === target.id) return true;
  const grantable = new Set(grantableBy(actor.roles));
  return target.roles.every((role) => grantable.has(role));
}

export const userPolicy = defineResource({
  name: 'user',
  load: findUser,
  scopeOf: (u) => ({ regionCode: u.regionCode, organisationId: u.organisationId }),
  actions: ['user.update', 'user.reset_password'],
  rules: {
    'user.update': outranks,
    'user.reset_password': (actor, target) => actor.userId !== target.id && outranks(actor, target),
  },
});
