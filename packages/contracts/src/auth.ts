import { PERMISSIONS, ROLES } from '@shegong/core';
import { z } from 'zod';
import { zPassword } from './common.ts';

export const LoginBody = z
  .strictObject({
    username: z.string().trim().min(1, { error: 'field.required' }).max(64),
    password: z.string().min(1, { error: 'field.required' }).max(256),
  })
  .meta({ examples: [{ username: 'worker.lin', password: 'Demo@2026' }] });
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mobile: z.string().nullable(),
  }),
  roles: z.array(z.enum(ROLES)),
  scope: z.object({
    regionCode: z.string(),
    regionName: z.string(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
  }),
  permissions: z.array(z.enum(PERMISSIONS)),
  grantableRoles: z.array(z.enum(ROLES)),
  passwordChangeRequired: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z
  .strictObject({
    currentPassword: z.string().min(1, { error: 'field.required' }),
    newPassword: zPassword,
  })
  .meta({ examples: [{ currentPassword: 'Demo@2026', newPassword: 'Haizhu#2026sw' }] });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
