import type { User, UserUpdate } from '@shegong/contracts';
import type { Role } from '@shegong/core';

/** What the user drawer's form holds. */
export type UserValues = {
  username?: string;
  displayName: string;
  mobile?: string;
  password?: string;
  regionCode?: string;
  organisationId?: string;
  roles: Role[];
  isEnabled?: boolean;
};

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * Only the fields that changed are sent, so an administrator editing its own record does not
 * trip the "cannot change your own roles or scope" rule by resending unchanged values.
 */
export function userChanges(user: User, values: UserValues): Omit<UserUpdate, 'version'> {
  const changes: Omit<UserUpdate, 'version'> = {};
  const displayName = values.displayName?.trim();
  if (displayName !== user.displayName) changes.displayName = displayName;
  // The record shows the mobile masked: a number typed in the field replaces it, an empty field keeps it.
  const mobile = values.mobile?.trim();
  if (mobile) changes.mobile = mobile;
  if (values.regionCode && values.regionCode !== user.regionCode) changes.regionCode = values.regionCode;
  const organisationId = values.organisationId ?? null;
  if (organisationId !== user.organisationId) changes.organisationId = organisationId;
  if (!sameRoles(values.roles, user.roles)) changes.roles = values.roles;
  const isDisabled = values.isEnabled === false;
  if (isDisabled !== user.isDisabled) changes.isDisabled = isDisabled;
  return changes;
}
