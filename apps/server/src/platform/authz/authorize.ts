import type { Permission } from '@shegong/core';
import { forbidden, notFound, unauthenticated } from '../http/errors.ts';
import type { Actor } from './actor.ts';
import type { ActionOf, ResourcePolicy } from './resources.ts';
import { isInScope, scopeOf } from './scope.ts';

/** Whether the actor may see the record at all: one of its places in scope, or the policy's own visibility rule. */
export function isInScopeOf<R, P extends Permission>(actor: Actor, policy: ResourcePolicy<R, P>, record: R): boolean {
  if (policy.isVisible) return policy.isVisible(actor, record);
  const scope = scopeOf(actor);
  const places = policy.scopeOf(record);
  return (Array.isArray(places) ? places : [places]).some((place) => isInScope(scope, place));
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'not_found';

/**
 * The single decision point. No permission at all → forbidden; a record outside the
 * actor's scope → not_found (its existence is not revealed); a failed rule → forbidden.
 * `self` is a route that any signed-in user may call on a record of its own.
 */
export function decide<R, P extends Permission>(
  actor: Actor | null,
  action: Permission | 'self',
  policy?: ResourcePolicy<R, P>,
  record?: R,
): Decision {
  if (!actor) return 'unauthenticated';
  if (action !== 'self' && !actor.permissions.has(action)) return 'forbidden';
  if (policy && record !== undefined) {
    if (!isInScopeOf(actor, policy, record)) return 'not_found';
    const rule = action === 'self' ? policy.isOwn : policy.rules?.[action];
    if (rule && !rule(actor, record)) return 'forbidden';
  }
  return 'allow';
}

export function authorize<R, P extends Permission>(
  actor: Actor | null,
  action: Permission | 'self',
  policy?: ResourcePolicy<R, P>,
  record?: R,
): asserts actor is Actor {
  const decision = decide(actor, action, policy, record);
  if (decision === 'unauthenticated') throw unauthenticated();
  if (decision === 'forbidden') throw forbidden();
  if (decision === 'not_found') throw notFound();
}

export function can<R, P extends Permission>(actor: Actor | null, action: Permission, policy?: ResourcePolicy<R, P>, record?: R): boolean {
  return decide(actor, action, policy, record) === 'allow';
}

/** "station.update" → "update", for each action the actor may take on this record. */
export function allowedActions<R, P extends Permission>(actor: Actor | null, policy: ResourcePolicy<R, P>, record: R): ActionOf<P>[] {
  return policy.actions.filter((action) => can(actor, action, policy, record)).map((a) => a.slice(a.indexOf('.') + 1) as ActionOf<P>);
}
