import { type ErrorStatus, errorComponents, errorResponseRef, errorStatusesOf } from './openapi-errors.ts';
import { operationIdOf } from './openapi-operation-id.ts';
import { OPENAPI_TAGS } from './openapi-tags.ts';
import type { RouteEntry } from './route-config.ts';

interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
}

interface Document {
  tags?: unknown[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown> };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);

function isVersioned(op: Operation): boolean {
  if (op.parameters?.some((p) => p.in === 'query' && p.name === 'version')) return true;
  return Object.values(op.requestBody?.content ?? {}).some((media) => 'version' in (media.schema?.properties ?? {}));
}

/**
 * The last step of building the document (@fastify/swagger's `transformObject`): every
 * operation gets its operationId and the error responses its route can answer, public
 * routes say they need no session, and the tags and error components are declared.
 * New routes get all of it without declaring anything.
 */
export function finishDocument<T extends object>(input: T, routes: readonly RouteEntry[]): T {
  const document = input as Document;
  const auth = new Map(routes.map((r) => [`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`, r.auth]));
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const m = method.toUpperCase();
      const routeAuth = auth.get(`${m} ${path}`);
      op.operationId ??= operationIdOf(m, path);
      const statuses = errorStatusesOf({
        method: m,
        path,
        auth: routeAuth,
        hasParameters: (op.parameters?.length ?? 0) > 0,
        hasBody: op.requestBody !== undefined,
        isVersioned: isVersioned(op),
      });
      const responses = op.responses ?? {};
      for (const status of statuses) responses[String(status)] ??= errorResponseRef(status as ErrorStatus);
      op.responses = responses;
      if (routeAuth && 'public' in routeAuth) op.security = [];
    }
  }
  const errors = errorComponents();
  document.tags = OPENAPI_TAGS;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...errors.schemas },
    responses: { ...document.components?.responses, ...errors.responses },
  };
  return input;
}
