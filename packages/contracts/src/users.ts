import { ROLES } from '@shegong/core';
import { z } from 'zod';
import { PageQuery, zId, zMobile, zPassword, zRegionCode, zVersion } from './common.ts';
import { EXAMPLE_ID } from './examples-meta.ts';

/** What the caller may do on this record, decided by the server's policy. */
export const UserAllowedAction = z.enum(['update', 'reset_password']);
export type UserAllowedAction = z.infer<typeof UserAllowedAction>;

export const zUsername = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,32}$/, { error: 'field.username' });

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  mobile: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  isDisabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.int(),
  allowedActions: z.array(UserAllowedAction),
});
export type User = z.infer<typeof User>;

export const UserCreate = z
  .strictObject({
    username: zUsername,
    displayName: z.string().trim().min(1, { error: 'field.required' }).max(50),
    mobile: zMobile.optional(),
    password: zPassword,
    regionCode: zRegionCode,
    organisationId: zId.optional(),
    roles: z.array(z.enum(ROLES)).min(1, { error: 'field.required' }),
  })
  .meta({
    examples: [
      {
        username: 'worker.zhou',
        displayName: '周嘉怡',
        mobile: '13800138000',
        password: 'Temp#2026abc',
        regionCode: '440105008000',
        organisationId: EXAMPLE_ID.organisation,
        roles: ['worker'],
      },
    ],
  });
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .strictObject({
    displayName: z.string().trim().min(1, { error: 'field.required' }).max(50).optional(),
    mobile: zMobile.nullable().optional(),
    regionCode: zRegionCode.optional(),
    organisationId: zId.nullable().optional(),
    roles: z.array(z.enum(ROLES)).min(1, { error: 'field.required' }).optional(),
    isDisabled: z.boolean().optional(),
    version: zVersion,
  })
  .meta({ examples: [{ displayName: '周嘉怡', mobile: '13800138001', roles: ['worker', 'supervisor'], version: 3 }] });
export type UserUpdate = z.infer<typeof UserUpdate>;

export const ResetPasswordBody = z.strictObject({ newPassword: zPassword }).meta({ examples: [{ newPassword: 'Temp#2026xyz' }] });

export const UserListQuery = PageQuery.extend({
  role: z.enum(ROLES).optional(),
  regionCode: zRegionCode.optional(),
  organisationId: zId.optional(),
  isDisabled: z.enum(['true', 'false']).optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
