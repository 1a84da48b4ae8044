import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { groupAttendance, groupSessions, groups, socialWorkers } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export type SessionRow = typeof groupSessions.$inferSelect;
export type SessionInsert = typeof groupSessions.$inferInsert;

/** A session with the place of its group, for the guard (scope) and the service (phase). */
export interface SessionRecord extends SessionRow {
  regionCode: string;
  organisationId: string;
}

export async function findSession(id: string): Promise<SessionRecord | null> {
  const [row] = await q()
    .select({ session: groupSessions, regionCode: groups.regionCode, organisationId: groups.organisationId })
    .from(groupSessions)
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(eq(groupSessions.id, id));
  return row ? { ...row.session, regionCode: row.regionCode, organisationId: row.organisationId } : null;
}

export async function sessionsOf(groupId: string) {
  return q()
    .select({ session: groupSessions, facilitatorName: socialWorkers.name })
    .from(groupSessions)
    .leftJoin(socialWorkers, eq(socialWorkers.id, groupSessions.facilitatorWorkerId))
    .where(eq(groupSessions.groupId, groupId))
    .orderBy(asc(groupSessions.sessionNo), asc(groupSessions.heldOn));
}

/** Session id → the clients marked present. */
export async function attendanceOf(sessionIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (sessionIds.length === 0) return map;
  const rows = await q()
    .select()
    .from(groupAttendance)
    .where(inArray(groupAttendance.sessionId, [...sessionIds]));
  for (const r of rows) map.set(r.sessionId, [...(map.get(r.sessionId) ?? []), r.clientId]);
  return map;
}

export async function nextSessionNo(groupId: string): Promise<number> {
  const [row] = await q()
    .select({ n: sql<number>`coalesce(max(${groupSessions.sessionNo}), 0)::int + 1` })
    .from(groupSessions)
    .where(eq(groupSessions.groupId, groupId));
  return row?.n ?? 1;
}

export async function sessionNoTaken(groupId: string, sessionNo: number, exceptId: string | null): Promise<boolean> {
  const rows = await q()
    .select({ id: groupSessions.id })
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.groupId, groupId),
        eq(groupSessions.sessionNo, sessionNo),
        exceptId ? ne(groupSessions.id, exceptId) : undefined,
      ),
    );
  return rows.length > 0;
}

export async function saveSession(values: SessionInsert, attendees: readonly string[]): Promise<void> {
  await q()
    .insert(groupSessions)
    .values(values)
    .onConflictDoUpdate({
      target: groupSessions.id,
      set: {
        sessionNo: values.sessionNo,
        heldOn: values.heldOn,
        theme: values.theme,
        facilitatorWorkerId: values.facilitatorWorkerId,
        extraHeadcount: values.extraHeadcount,
        notes: values.notes,
      },
    });
  await q().delete(groupAttendance).where(eq(groupAttendance.sessionId, values.id));
  if (attendees.length > 0)
    await q()
      .insert(groupAttendance)
      .values(attendees.map((clientId) => ({ sessionId: values.id, clientId })));
}

export async function deleteSession(id: string): Promise<void> {
  await q().delete(groupAttendance).where(eq(groupAttendance.sessionId, id));
  await q().delete(groupSessions).where(eq(groupSessions.id, id));
}
