import type { Permission } from '@shegong/core';
import type { Actor } from './actor.ts';
import type { RecordScope } from './scope.ts';

/**
 * A resource's policy: how to load one record for the guard, where it sits (region,
 * organisation), and any rule beyond role permission and scope (e.g. "not your own").
 */
export interface ResourcePolicy<R = unknown> {
  name: string;
  load(id: string): Promise<R | null>;
  /** Where the record sits; several places when it is visible from each (an organisation and its stations). */
  scopeOf(record: R): RecordScope | RecordScope[];
  /** Actions on a single record reported to the client as `allowedActions`. */
  actions: readonly Permission[];
  rules?: Partial<Record<Permission, (actor: Actor, record: R) => boolean>>;
}

const registry = new Map<string, ResourcePolicy>();

export function defineResource<R>(policy: ResourcePolicy<R>): ResourcePolicy<R> {
  registry.set(policy.name, policy as ResourcePolicy);
  return policy;
}

export function resourcePolicy(name: string): ResourcePolicy {
  const policy = registry.get(name);
  if (!policy) throw new Error(`no policy registered for resource "${name}"`);
  return policy;
}

export function registeredResources(): string[] {
  return [...registry.keys()];
}
