import { createHash, randomBytes } from 'node:crypto';
import { permissionsOf, type Role } from '@shegong/core';
import { and, eq, lt, sql } from 'drizzle-orm';
import { sessions, userRoles, users } from '../../db/schema/index.ts';
import type { Actor } from '../authz/actor.ts';
import { q } from '../db/tx.ts';
import { getSettings } from '../settings.ts';

export const SESSION_COOKIE = 'sg_session';
const TOUCH_INTERVAL_MS = 60_000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(userId: string, ip: string, userAgent: string | undefined): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await q()
    .insert(sessions)
    .values({ id: tokenHash(token), userId, ip, userAgent: userAgent?.slice(0, 300) ?? null });
  return token;
}

/** Resolves a cookie token to an actor, ending the session if it passed its idle or absolute limit. */
export async function resolveSession(token: string): Promise<Actor | 'expired' | null> {
  const id = tokenHash(token);
  const [row] = await q()
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const now = Date.now();
  const config = await getSettings();
  const idleLimit = row.session.lastSeenAt.getTime() + config['session.idleMinutes'] * 60_000;
  const absoluteLimit = row.session.createdAt.getTime() + config['session.absoluteHours'] * 3_600_000;
  if (row.user.isDisabled || now > idleLimit || now > absoluteLimit) {
    await q().delete(sessions).where(eq(sessions.id, id));
    return 'expired';
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await q().update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
  }
  const roleRows = await q().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.user.id));
  const roles = roleRows.map((r) => r.role as Role);
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    roles,
    permissions: new Set(permissionsOf(roles)),
    regionCode: row.user.regionCode,
    organisationId: row.user.organisationId,
    sessionId: id,
  };
}

export async function endSession(sessionId: string): Promise<void> {
  await q().delete(sessions).where(eq(sessions.id, sessionId));
}

export async function endAllSessions(userId: string, exceptSessionId?: string): Promise<void> {
  const condition = exceptSessionId
    ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`)
    : eq(sessions.userId, userId);
  await q().delete(sessions).where(condition);
}

/** Housekeeping: drops sessions idle longer than the idle limit. */
export async function purgeExpiredSessions(): Promise<void> {
  const config = await getSettings();
  await q()
    .delete(sessions)
    .where(lt(sessions.lastSeenAt, new Date(Date.now() - config['session.idleMinutes'] * 60_000)));
}
