import createClient, { type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import type { HttpMethod, PathsWithMethod, RequiredKeysOf, SuccessResponse } from 'openapi-typescript-helpers';
import { ApiError, apiLanguage, networkError, parseError } from './api-error.ts';
import type { paths } from './openapi.generated.ts';

export { ApiError, type FieldError, isVersionConflict, setApiLanguage } from './api-error.ts';

/** Query values as the server reads them: empty filters are left out rather than sent blank. */
export function serializeQuery(params: object = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  return search.toString();
}

export function toQueryString(params: object = {}): string {
  const text = serializeQuery(params);
  return text ? `?${text}` : '';
}

/**
 * Every call asks for messages in the UI language, and every failure becomes an ApiError worded by
 * the server (or the network message), so callers only ever see data or an ApiError.
 */
const shegongMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', apiLanguage());
  },
  async onResponse({ response }) {
    if (!response.ok) throw await parseError(response);
  },
  onError({ error }) {
    return error instanceof ApiError ? error : networkError();
  },
};

// The page's own origin: the API is served beside the web app.
const client = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  querySerializer: serializeQuery,
});
client.use(shegongMiddleware);

type InitParam<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];
/**
 * The JSON answer of an operation; a 204 answers undefined. Read straight from the generated types
 * rather than through openapi-fetch's `Readable`, which drops properties typed `null` (openapi-ts
 * issues #1637 and #2717) and breaks narrowing of unions (#2620); the document has no readOnly or
 * writeOnly markers for it to strip.
 */
type Json<Operation> = Operation extends { responses: infer R extends Record<string | number, unknown> }
  ? SuccessResponse<R, 'application/json'>
  : never;
type Answer<Operation> = [Json<Operation>] extends [never] ? undefined : Json<Operation>;

type Method<M extends HttpMethod> = <Path extends PathsWithMethod<paths, M>, Init extends MaybeOptionalInit<paths[Path], M>>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<Answer<paths[Path][M]>>;

function method<M extends HttpMethod>(name: M): Method<M> {
  const call = client.request as (method: M, path: string, init?: unknown) => Promise<{ data?: unknown }>;
  return (async (path: string, init?: unknown) => (await call(name, path, init)).data) as unknown as Method<M>;
}

/**
 * The typed API client, generated from the server's OpenAPI document: paths, path and query
 * parameters, bodies and answers are checked against it. Resolves with the answer's data;
 * rejects with an ApiError.
 */
export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
};

type Operation<Path extends keyof paths, M extends HttpMethod> = paths[Path][M & keyof paths[Path]];

/** The query parameters of a path and method, as the server's document declares them. */
export type ApiQuery<Path extends keyof paths, M extends HttpMethod = 'get'> = NonNullable<
  Operation<Path, M> extends { parameters: { query?: infer Q } } ? Q : never
>;

/** The path parameters of a path and method. */
export type ApiPathParams<Path extends keyof paths, M extends HttpMethod = 'get'> = NonNullable<
  Operation<Path, M> extends { parameters: { path?: infer P } } ? P : never
>;

/** The JSON answer of a path and method. */
export type ApiAnswer<Path extends keyof paths, M extends HttpMethod = 'get'> = Answer<Operation<Path, M>>;

/** The JSON body of a path and method. */
export type ApiBody<Path extends keyof paths, M extends HttpMethod> =
  Operation<Path, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Page<T> = { items: T[]; total: number };
