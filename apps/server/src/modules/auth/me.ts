import type { Me } from '@shegong/contracts';
import { grantableBy, PERMISSIONS } from '@shegong/core';
import { eq } from 'drizzle-orm';
import { organisations, regions, users } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { q } from '../../platform/db/tx.ts';

export async function buildMe(actor: Actor): Promise<Me> {
  const [row] = await q()
    .select({ user: users, regionName: regions.name, organisationName: organisations.name })
    .from(users)
    .leftJoin(regions, eq(regions.code, users.regionCode))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, actor.userId));
  if (!row) throw new Error('session user vanished');
  return {
    user: { id: row.user.id, username: row.user.username, displayName: row.user.displayName, mobile: row.user.mobile },
    roles: actor.roles,
    scope: {
      regionCode: actor.regionCode,
      regionName: row.regionName ?? actor.regionCode,
      organisationId: actor.organisationId,
      organisationName: row.organisationName ?? null,
    },
    permissions: PERMISSIONS.filter((p) => actor.permissions.has(p)),
    grantableRoles: grantableBy(actor.roles),
    passwordChangeRequired: row.user.passwordChangeRequired,
  };
}
