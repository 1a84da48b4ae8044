import { isMessageKey } from '@shegong/core';
import type { FormInstance } from 'antd';
import type { TFunction } from '../i18n/i18n-context.tsx';

type Issue = { code?: string; path: PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown; input?: unknown };
/** The part of a zod schema the forms need; keeps zod itself out of the web app's imports. */
export type Schema<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

function wordIssue(issue: Issue, t: TFunction): string {
  if (isMessageKey(issue.message)) return t(issue.message);
  const params = { minimum: String(issue.minimum ?? ''), maximum: String(issue.maximum ?? '') };
  if (issue.code === 'invalid_type' && issue.input === undefined) return t('field.required');
  if (issue.code === 'too_small') return typeof issue.input === 'string' ? t('field.too_short', params) : t('field.too_small', params);
  if (issue.code === 'too_big') return typeof issue.input === 'string' ? t('field.too_long', params) : t('field.too_big', params);
  return t('field.invalid');
}

/**
 * Runs the same zod schema the server uses before submitting. On failure the problems are
 * written onto the form fields and null is returned.
 */
export function parseForm<T>(schema: Schema<T>, values: unknown, form: FormInstance, t: TFunction): T | null {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const byField = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '');
    byField.set(name, [...(byField.get(name) ?? []), wordIssue(issue, t)]);
  }
  form.setFields([...byField].filter(([name]) => name).map(([name, errors]) => ({ name, errors })));
  return null;
}

/** Drops empty strings and undefined so optional fields are omitted rather than sent blank. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === '' || value === null) continue;
    out[key] = value;
  }
  return out as Partial<T>;
}

/**
 * An antd rule that checks one field with the matching zod schema from @shegong/contracts,
 * so format problems show while typing, alongside antd's own required checks.
 */
export function zodRule<T>(schema: Schema<T>, t: TFunction) {
  return {
    validator: (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const result = schema.safeParse(value);
      const issue = result.success ? undefined : result.error.issues[0];
      return issue ? Promise.reject(new Error(wordIssue(issue, t))) : Promise.resolve();
    },
  };
}
