import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { identityLookupAlerts, identityLookups, users } from '../../db/schema/index.ts';
import { type Scope, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

/** The identity lookups that found a file held elsewhere, and the alerts past the limit. */

export type LookupAlertRow = typeof identityLookupAlerts.$inferSelect;

/** Each ID number (keyed hash) the user found held elsewhere since `since`, with the first time it did. */
export async function disclosedSince(userId: string, since: Date): Promise<Map<string, Date>> {
  const rows = await q()
    .select({ hash: identityLookups.idNumberHash, at: sql<Date>`min(${identityLookups.createdAt})` })
    .from(identityLookups)
    .where(and(eq(identityLookups.userId, userId), gt(identityLookups.createdAt, since)))
    .groupBy(identityLookups.idNumberHash);
  return new Map(rows.map((r) => [r.hash, new Date(r.at)]));
}

/** One user's lookups are decided one after the other, so two at once cannot both pass the limit. */
export async function lockUserLookups(userId: string): Promise<void> {
  await q().execute(sql`select pg_advisory_xact_lock(hashtextextended(${userId}, 0))`);
}

export async function insertLookups(rows: (typeof identityLookups.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await q().insert(identityLookups).values(rows);
}

/** The user's alert still waiting for a supervisor and refused into within the window, locked for the update. */
export async function openAlertOf(userId: string, since: Date): Promise<LookupAlertRow | null> {
  const [row] = await q()
    .select()
    .from(identityLookupAlerts)
    .where(
      and(
        eq(identityLookupAlerts.userId, userId),
        isNull(identityLookupAlerts.acknowledgedAt),
        gt(identityLookupAlerts.lastRefusedAt, since),
      ),
    )
    .orderBy(desc(identityLookupAlerts.lastRefusedAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

export async function insertAlert(values: typeof identityLookupAlerts.$inferInsert): Promise<void> {
  await q().insert(identityLookupAlerts).values(values);
}

export async function bumpAlert(id: string, hits: number, refused: number): Promise<void> {
  await q()
    .update(identityLookupAlerts)
    .set({ hits, refused: sql`${identityLookupAlerts.refused} + ${refused}`, lastRefusedAt: new Date() })
    .where(eq(identityLookupAlerts.id, id));
}

export async function findAlert(id: string): Promise<LookupAlertRow | null> {
  const [row] = await q().select().from(identityLookupAlerts).where(eq(identityLookupAlerts.id, id));
  return row ?? null;
}

/** Acknowledges once: a second (or concurrent) acknowledgement finds nothing to change. */
export async function acknowledgeAlert(id: string, userId: string): Promise<boolean> {
  const rows = await q()
    .update(identityLookupAlerts)
    .set({ acknowledgedBy: userId, acknowledgedAt: new Date() })
    .where(and(eq(identityLookupAlerts.id, id), isNull(identityLookupAlerts.acknowledgedAt)))
    .returning({ id: identityLookupAlerts.id });
  return rows.length === 1;
}

/** Alerts waiting in the scope (the users' organisation and region binding), newest first. */
export async function openAlertsIn(scope: Scope) {
  return q()
    .select({
      alertId: identityLookupAlerts.id,
      userName: users.displayName,
      hits: identityLookupAlerts.hits,
      refused: identityLookupAlerts.refused,
      firstRefusedAt: identityLookupAlerts.firstRefusedAt,
      lastRefusedAt: identityLookupAlerts.lastRefusedAt,
    })
    .from(identityLookupAlerts)
    .innerJoin(users, eq(users.id, identityLookupAlerts.userId))
    .where(
      and(
        isNull(identityLookupAlerts.acknowledgedAt),
        scopeWhere(scope, { region: identityLookupAlerts.regionCode, organisation: identityLookupAlerts.organisationId }),
      ),
    )
    .orderBy(desc(identityLookupAlerts.lastRefusedAt))
    .limit(50);
}
