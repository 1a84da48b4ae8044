import type { Locale, Permission } from '@shegong/core';
import type { Actor } from '../authz/actor.ts';
import type { RequestContext } from '../context.ts';

/**
 * Every /api route declares who may call it. A route without `auth` makes the app
 * refuse to start (default deny).
 */
export type RouteAuth =
  | { public: true }
  /** Any signed-in user, acting on themselves (me, logout, own password) or on a record in its scope. */
  | { self: true; resource?: string; idParam?: string }
  | {
      permission: Permission;
      /** A record route: the guard loads `params[idParam]` with this resource's policy. */
      resource?: string;
      idParam?: string;
    };

/**
 * What a GET route answers, declared on every one (no default), so the authorization matrix
 * knows how to prove it leaks nothing: one record (404 outside scope), a list (only records
 * in scope), an aggregate (figures that do not move when another area's records change), an
 * export (no other area's data in the file), the caller's own things, or public data.
 */
export const ROUTE_KINDS = ['record', 'list', 'aggregate', 'export', 'self', 'public'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export interface RouteEntry {
  method: string;
  url: string;
  auth: RouteAuth;
  kind?: RouteKind;
  /** The resource a list route returns, for the leak matrix. */
  list?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
    kind?: RouteKind;
    list?: string;
    auditFailures?: boolean;
    /** Writes run in one transaction unless a route opts out (login records failures). */
    transaction?: false;
  }
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
    record: unknown;
    /** The same object services read through `platform/context.ts`. */
    context: RequestContext;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}
