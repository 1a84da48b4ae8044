import type { Permission } from '@shegong/core';
import { forbidden, notFound, unauthenticated } from '../http/errors.ts';
import type { Actor } from './actor.ts';
import type { ResourcePolicy } from './resources.ts';
import { isInScope, scopeOf } from './scope.ts';

/** Whether any place the record sits is inside the actor's scope. */
export function isInScopeOf<R>(actor: Actor, policy: ResourcePolicy<R>, record: R): boolean {
  const scope = scopeOf(actor);
  const places = policy.scopeOf(record);
  return (Array.isArray(places) ? places : [places]).some((place) => isInScope(scope, place));
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'not_found';

/**
 * The single decision point. No permission at all → forbidden; a record outside the
 * actor's scope → not_found (its existence is not revealed); a failed rule → forbidden.
 */
export function decide<R>(actor: Actor | null, action: Permission, policy?: ResourcePolicy<R>, record?: R): Decision {
  if (!actor) return 'unauthenticated';
  if (!actor.permissions.has(action)) return 'forbidden';
  if (policy && record !== undefined) {
    if (!isInScopeOf(actor, policy, record)) return 'not_found';
    const rule = policy.rules?.[action];
    if (rule && !rule(actor, record)) return 'forbidden';
  }
  return 'allow';
}

export function authorize<R>(actor: Actor | null, action: Permission, policy?: ResourcePolicy<R>, record?: R): asserts actor is Actor {
  const decision = decide(actor, action, policy, record);
  if (decision === 'unauthenticated') throw unauthenticated();
  if (decision === 'forbidden') throw forbidden();
  if (decision === 'not_found') throw notFound();
}

export function can<R>(actor: Actor | null, action: Permission, policy?: ResourcePolicy<R>, record?: R): boolean {
  return decide(actor, action, policy, record) === 'allow';
}

/** "station.update" → "update", for each action the actor may take on this record. */
export function allowedActions<R>(actor: Actor | null, policy: ResourcePolicy<R>, record: R): string[] {
  return policy.actions.filter((action) => can(actor, action, policy, record)).map((a) => a.slice(a.indexOf('.') + 1));
}
