import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { endAllSessions } from '../../platform/auth/sessions.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { q } from '../../platform/db/tx.ts';
import { fieldError } from '../../platform/http/errors.ts';

/** Changing one's password ends every other session of the user. */
export async function changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  const [user] = await q().select().from(users).where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw fieldError('currentPassword', 'field.password_wrong');
  }
  if (currentPassword === newPassword) throw fieldError('newPassword', 'field.password_same');
  await q()
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), passwordChangeRequired: false, updatedAt: new Date() })
    .where(eq(users.id, actor.userId));
  await endAllSessions(actor.userId, actor.sessionId);
  await audit({
    action: 'auth.password_change',
    objectType: 'user',
    objectId: actor.userId,
  });
}
