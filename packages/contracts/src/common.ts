import { isMobile, MOBILE_PATTERN, passwordProblem, REGION_CODE_PATTERN } from '@shegong/core';
import { z } from 'zod';

/** Message strings that are i18n keys are translated by the server's error formatter. */
export const zId = z.uuid({ error: 'field.invalid' });
export const zRegionCode = z.string().regex(REGION_CODE_PATTERN, { error: 'field.region_code' });
export const zMobile = z.string().trim().regex(MOBILE_PATTERN, { error: 'field.mobile' }).refine(isMobile, { error: 'field.mobile' });
export const zDate = z.iso.date({ error: 'field.date' });
export const zName = z.string().trim().min(1, { error: 'field.required' }).max(100);
export const zVersion = z.int().min(1);
export const zPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `field.password_${problem}` });
});

export const PageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().trim().max(100).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int() });
}

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const IdParams = z.strictObject({ id: zId });

/** The version a client read, for a delete (`?version=3`): a changed record answers 409. */
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export type VersionQuery = z.infer<typeof VersionQuery>;
