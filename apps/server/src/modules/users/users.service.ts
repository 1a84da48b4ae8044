import type { User, UserCreate, UserUpdate } from '@shegong/contracts';
import { maskMobile, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { fieldError, notFound, versionConflict } from '../../platform/http/errors.ts';
import { checkBinding } from './user-rules.ts';
import { userPolicy } from './users.policy.ts';
import { insertUser, replaceRoles, type UserRecord, type UserView, updateUser, viewUser } from './users.repository.ts';

/**
 * A user's mobile is personal data: masked in lists and on the record alike. An administrator
 * changing it types the new number; nobody reads it whole through the API.
 */
export function presentUser(view: UserView, actor: Actor | null): User {
  const actions = allowedActions(actor, userPolicy, view);
  return {
    id: view.id,
    username: view.username,
    displayName: view.displayName,
    mobile: maskMobile(view.mobile),
    regionCode: view.regionCode,
    regionName: view.regionName ?? view.regionCode,
    organisationId: view.organisationId,
    organisationName: view.organisationName,
    roles: view.roles,
    isDisabled: view.isDisabled,
    lastLoginAt: view.lastLoginAt?.toISOString() ?? null,
    createdAt: view.createdAt.toISOString(),
    version: view.version,
    allowedActions: actions,
  };
}

async function presentOne(id: string, actor: Actor): Promise<User> {
  const view = await viewUser(id);
  if (!view) throw notFound();
  return presentUser(view, actor);
}

export async function createUser(actor: Actor, input: UserCreate): Promise<User> {
  const organisationId = input.organisationId ?? actor.organisationId ?? null;
  await checkBinding(actor, { roles: input.roles, regionCode: input.regionCode, organisationId });
  const id = uuidv7();
  await insertUser(
    {
      id,
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      ...pinyinColumns(input.displayName),
      mobile: input.mobile ?? null,
      passwordHash: await hashPassword(input.password),
      passwordChangeRequired: true,
      regionCode: input.regionCode,
      organisationId,
    },
    [...new Set(input.roles)],
  );
  await audit({
    action: 'user.create',
    objectType: 'user',
    objectId: id,
    details: { username: input.username, roles: input.roles, regionCode: input.regionCode },
  });
  return presentOne(id, actor);
}

export async function changeUser(actor: Actor, current: UserRecord, input: UserUpdate): Promise<User> {
  const changesBinding = input.roles !== undefined || input.regionCode !== undefined || input.organisationId !== undefined;
  if (current.id === actor.userId && (changesBinding || input.isDisabled !== undefined)) {
    throw fieldError(
      input.roles !== undefined ? 'roles' : input.regionCode !== undefined ? 'regionCode' : 'organisationId',
      'field.own_role',
    );
  }
  if (changesBinding) {
    await checkBinding(actor, {
      roles: input.roles ?? current.roles,
      regionCode: input.regionCode ?? current.regionCode,
      organisationId: input.organisationId === undefined ? current.organisationId : input.organisationId,
    });
  }
  const { version, roles, displayName, ...rest } = input;
  const values = { ...rest, ...(displayName ? { displayName, ...pinyinColumns(displayName) } : {}) };
  if (!(await updateUser(current.id, version, values))) throw versionConflict();
  if (roles) await replaceRoles(current.id, [...new Set(roles)]);
  if (input.isDisabled || changesBinding) await endAllSessions(current.id);
  await audit({
    action: input.isDisabled ? 'user.disable' : 'user.update',
    objectType: 'user',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version'), roles },
  });
  return presentOne(current.id, actor);
}

/** An administrator's reset forces a change at next sign-in and ends the user's sessions. */
export async function resetPassword(target: UserRecord, newPassword: string): Promise<void> {
  if (!(await updateUser(target.id, target.version, { passwordHash: await hashPassword(newPassword), passwordChangeRequired: true }))) {
    throw versionConflict();
  }
  await endAllSessions(target.id);
  await audit({
    action: 'user.reset_password',
    objectType: 'user',
    objectId: target.id,
  });
}
