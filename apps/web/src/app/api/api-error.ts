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

let acceptLanguage = 'zh-CN';

/** Set by the i18n provider so every call asks the server for messages in the UI language. */
export function setApiLanguage(locale: string): void {
  acceptLanguage = locale;
}

/** The language the server is asked to word its messages in. */
export function apiLanguage(): string {
  return acceptLanguage;
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

/** The record changed since it was loaded; the form holding it should close and be reopened. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'version_conflict';
}
