import type { Permission } from '@shegong/core';
import type { Actor } from './actor.ts';
import type { RecordScope } from './scope.ts';

/** "station.update" → "update": the name a permission has as an allowed action on a record. */
export type ActionOf<P extends Permission> = P extends `${string}.${infer A}` ? A : never;

/** A rule beyond role permission and scope: false refuses (403), or a message key says why. */
export type Rule<R> = (actor: Actor, record: R) => boolean;

/**
 * A resource's policy: how to load one record for the guard, where it sits (region,
 * organisation), and every rule beyond role permission and scope (e.g. "not your own").
 * The policy is the only place such rules live: the guard enforces them on record routes,
 * `allowedActions` reports them, and services ask `can()` with the same policy.
 */
export interface ResourcePolicy<R = unknown, P extends Permission = Permission> {
  name: string;
  load(id: string): Promise<R | null>;
  /** Where the record sits; several places when it is visible from each (an organisation and its stations). */
  scopeOf(record: NoInfer<R>): RecordScope | RecordScope[];
  /**
   * Visibility other than "one of its places is in the actor's scope", for records that are
   * seen from above and below their region (a city's training programme by a town's provider).
   */
  isVisible?(actor: Actor, record: NoInfer<R>): boolean;
  /** Actions on a single record reported to the client as `allowedActions`. */
  actions: readonly P[];
  rules?: Partial<Record<Permission, Rule<NoInfer<R>>>>;
  /** For `{ self: true, resource }` routes: the caller must own the record (an import is its uploader's). */
  isOwn?: Rule<NoInfer<R>>;
}

const registry = new Map<string, ResourcePolicy<unknown, Permission>>();

/** The record type is inferred from `load`, the action names from `actions`. */
export function defineResource<R, const P extends Permission = never>(policy: ResourcePolicy<R, P>): ResourcePolicy<R, P> {
  registry.set(policy.name, policy as unknown as ResourcePolicy<unknown, Permission>);
  return policy;
}

export function resourcePolicy(name: string): ResourcePolicy<unknown, Permission> {
  const policy = registry.get(name);
  if (!policy) throw new Error(`no policy registered for resource "${name}"`);
  return policy;
}

export function registeredResources(): string[] {
  return [...registry.keys()];
}
