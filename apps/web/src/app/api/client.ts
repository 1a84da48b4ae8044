import type { ErrorBody } from '@shegong/contracts';

export type FieldError = { path: string; message: string };

/** A failed API call, carrying the server's already-localised message and field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

let acceptLanguage = 'zh-CN';

/** Set by the i18n provider so every call asks the server for messages in the UI language. */
export function setApiLanguage(locale: string): void {
  acceptLanguage = locale;
}

/** The language the server is asked to word its messages in. */
export function apiLanguage(): string {
  return acceptLanguage;
}

export function toQueryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The server's error body (if any) as an ApiError. */
export function toApiError(status: number, statusText: string, text: string): ApiError {
  let body: Partial<ErrorBody> | undefined;
  try {
    body = JSON.parse(text) as Partial<ErrorBody>;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  return new ApiError(status, error?.code ?? 'http_error', error?.message ?? statusText, error?.fields ?? []);
}

export async function parseError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return toApiError(response.status, response.statusText, text);
}

export function networkError(): ApiError {
  return new ApiError(0, 'network', acceptLanguage.startsWith('en') ? 'Network error; check your connection' : '网络连接失败，请检查网络');
}

export async function request<T>(method: string, path: string, options: { query?: QueryParams; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string, query?: QueryParams) => request<T>('DELETE', path, { query }),
};

export type Page<T> = { items: T[]; total: number };

/** The record changed since it was loaded; the form holding it should close and be reopened. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'version_conflict';
}
