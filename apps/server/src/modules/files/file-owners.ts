import type { Permission } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { authorize, can } from '../../platform/authz/authorize.ts';
import { type ResourcePolicy, resourcePolicy } from '../../platform/authz/resources.ts';
import type { RecordScope } from '../../platform/authz/scope.ts';
import { fieldError } from '../../platform/http/errors.ts';

/**
 * What a file may be attached to, and the permission needed on that record to attach one.
 * Modules register their owner types (organisation documents, client evidence, ...).
 */
const owners = new Map<string, { resource: string; permissions: Permission[] }>();

/** Attaching needs any one of the permissions on the owner record. */
export function registerFileOwner(type: string, resource: string, permission: Permission | Permission[]): void {
  owners.set(type, { resource, permissions: Array.isArray(permission) ? permission : [permission] });
}

export function fileOwnerTypes(): string[] {
  return [...owners.keys()];
}

/** Checks the actor may attach to the owner; returns the place the file inherits. */
export async function authorizeOwner(actor: Actor, type: string, ownerId: string): Promise<RecordScope> {
  const owner = owners.get(type);
  if (!owner) throw fieldError('ownerType', 'field.file_owner');
  const policy: ResourcePolicy = resourcePolicy(owner.resource);
  const record = await policy.load(ownerId);
  if (!record) throw fieldError('ownerId', 'field.file_owner');
  const allowed = owner.permissions.find((p) => can(actor, p, policy, record));
  authorize(actor, allowed ?? (owner.permissions[0] as Permission), policy, record);
  const places = policy.scopeOf(record);
  return (Array.isArray(places) ? places[0] : places) as RecordScope;
}

registerFileOwner('organisation', 'organisation', 'organisation.update');
