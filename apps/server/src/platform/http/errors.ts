import type { MessageKey } from '@shegong/core';

export interface FieldProblem {
  path: string;
  /** An i18n key, or a literal message. */
  key: MessageKey | string;
  params?: Record<string, unknown>;
}

/** An error with a stable code, an HTTP status and a translatable message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'error.unauthenticated');
export const forbidden = () => new AppError(403, 'forbidden', 'error.forbidden');
export const notFound = () => new AppError(404, 'not_found', 'error.not_found');
export const versionConflict = () => new AppError(409, 'version_conflict', 'error.version_conflict');

export function fieldError(path: string, key: MessageKey, params?: Record<string, unknown>): AppError {
  return new AppError(400, 'validation', 'error.validation', {}, [{ path, key, params }]);
}

/** Collects several field problems, then throws them together. */
export class FieldErrors {
  private readonly problems: FieldProblem[] = [];
  add(path: string, key: MessageKey, params?: Record<string, unknown>): this {
    this.problems.push({ path, key, params });
    return this;
  }
  get isEmpty(): boolean {
    return this.problems.length === 0;
  }
  throwIfAny(): void {
    if (this.problems.length > 0) throw new AppError(400, 'validation', 'error.validation', {}, this.problems);
  }
}
