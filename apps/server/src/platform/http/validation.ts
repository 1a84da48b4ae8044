import { isMessageKey, type Locale, type MessageKey, translate } from '@shegong/core';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { FieldProblem } from './errors.ts';

/** Carries zod's raw issues to the error handler, which words them in the caller's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('request validation failed');
  }
}

/**
 * Paths of the strings (and keys) that hold a NUL character. PostgreSQL cannot store one in text,
 * so it would fail the query with a 500; it is refused as a field error instead, for every part
 * of every request (query, params, body) in this one place.
 */
export function nulPaths(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nulPaths(item, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push([...path, key.replaceAll('\u0000', '')]);
      else nulPaths(item, [...path, key], found);
    }
  }
  return found;
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const nul = nulPaths(data);
    if (nul.length > 0) {
      const issues = nul.map((path) => ({ code: 'custom' as const, path, message: 'field.control_char', input: undefined }));
      return { error: new RequestValidationError(issues as z.core.$ZodIssue[], httpPart ?? 'body') };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

function issueToProblem(issue: z.core.$ZodIssue): FieldProblem[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type' && issue.input === undefined) return [{ path, key: 'field.required' }];
  if (isMessageKey(issue.message)) return [{ path, key: issue.message }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, key: 'field.unknown' }));
    case 'invalid_type':
      return [{ path, key: issue.input === undefined ? 'field.required' : 'field.invalid_type', params: { expected: issue.expected } }];
    case 'too_small':
      if (issue.origin === 'string')
        return [{ path, key: Number(issue.minimum) <= 1 ? 'field.required' : 'field.too_short', params: { minimum: issue.minimum } }];
      if (issue.origin === 'array' && Number(issue.minimum) <= 1) return [{ path, key: 'field.required' }];
      return [{ path, key: 'field.too_small', params: { minimum: issue.minimum } }];
    case 'too_big':
      return [{ path, key: issue.origin === 'string' ? 'field.too_long' : 'field.too_big', params: { maximum: issue.maximum } }];
    case 'invalid_value':
      return [{ path, key: 'field.invalid_option', params: { options: issue.values.map(String) } }];
    default:
      return [{ path, key: 'field.invalid' }];
  }
}

export function issuesToProblems(issues: z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap(issueToProblem);
}

/** "统一社会信用代码：校验位不符" — the field's label, then the reason. */
export function wordProblem(locale: Locale, problem: FieldProblem): { path: string; message: string } {
  const last =
    problem.path
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? '';
  const params = { ...problem.params };
  if (Array.isArray(params.options)) params.options = params.options.map((v) => optionLabel(locale, last, String(v))).join(' / ');
  const reason = isMessageKey(problem.key) ? translate(locale, problem.key, params) : problem.key;
  const labelKey = `label.${last}`;
  const label = isMessageKey(labelKey) ? translate(locale, labelKey as MessageKey) : last;
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return { path: problem.path, message: label ? `${label}${separator}${reason}` : reason };
}

/** Enum values shown with their labels where the catalogue has them ("town_station" → 镇街社工站). */
const OPTION_PREFIX: Record<string, string> = { tier: 'tier', roles: 'role', role: 'role', type: 'orgType' };

function optionLabel(locale: Locale, field: string, value: string): string {
  const key = `${OPTION_PREFIX[field] ?? field}.${value}`;
  return isMessageKey(key) ? `${translate(locale, key)}(${value})` : value;
}
