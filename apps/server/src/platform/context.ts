import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@shegong/core';
import type { Actor } from './authz/actor.ts';

/**
 * What every piece of a request may need without being handed it: who is acting, from
 * where, in which language, and the request's id (for logs). Set once per request by the
 * HTTP layer (and by the CLI for its own commands); services and `audit()` read it.
 */
export interface RequestContext {
  requestId: string;
  ip: string | null;
  locale: Locale;
  actor: Actor | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with this very object as the current context: later changes to it (the actor, once resolved) are seen. */
export function runInContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** Runs `fn` in a context built from the given parts (the CLI, seeds, tests). */
export function runWithContext<T>(context: Partial<RequestContext>, fn: () => T): T {
  return runInContext({ requestId: 'local', ip: null, locale: 'zh-CN', actor: null, ...context }, fn);
}

/** The current request's context, or undefined outside any request. */
export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentActor(): Actor | null {
  return storage.getStore()?.actor ?? null;
}

export function currentLocale(): Locale {
  return storage.getStore()?.locale ?? 'zh-CN';
}

export function currentIp(): string | null {
  return storage.getStore()?.ip ?? null;
}
