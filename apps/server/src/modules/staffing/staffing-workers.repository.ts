import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { organisations, socialWorkers, stationPosts, stations } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

/**
 * The few facts staffing needs about a social worker. The workers module owns the
 * registry; these reads and the one region update are what posting someone implies.
 */
export interface WorkerBrief {
  id: string;
  name: string;
  organisationId: string;
  regionCode: string;
  isActive: boolean;
}

const brief = {
  id: socialWorkers.id,
  name: socialWorkers.name,
  organisationId: socialWorkers.organisationId,
  regionCode: socialWorkers.regionCode,
  isActive: socialWorkers.isActive,
};

export async function findWorkerBrief(id: string): Promise<WorkerBrief | null> {
  const [row] = await q().select(brief).from(socialWorkers).where(eq(socialWorkers.id, id));
  return row ?? null;
}

/** The worker record a login account belongs to (the newest active one, should there be several). */
export async function workerOfUser(userId: string): Promise<WorkerBrief | null> {
  const [row] = await q()
    .select(brief)
    .from(socialWorkers)
    .where(and(eq(socialWorkers.userId, userId), eq(socialWorkers.isActive, true)))
    .orderBy(desc(socialWorkers.createdAt))
    .limit(1);
  return row ?? null;
}

/** Where the worker works on `day`: the station of its most recent current post, else its employer's address. */
export async function workplaceRegion(workerId: string, day: string): Promise<string | null> {
  const [post] = await q()
    .select({ regionCode: stations.regionCode })
    .from(stationPosts)
    .innerJoin(stations, eq(stations.id, stationPosts.stationId))
    .where(
      and(
        eq(stationPosts.workerId, workerId),
        lte(stationPosts.startsOn, day),
        or(isNull(stationPosts.endsOn), gte(stationPosts.endsOn, day)),
      ),
    )
    .orderBy(desc(stationPosts.startsOn), desc(stationPosts.id))
    .limit(1);
  if (post) return post.regionCode;
  const [employer] = await q()
    .select({ regionCode: organisations.regionCode })
    .from(socialWorkers)
    .innerJoin(organisations, eq(organisations.id, socialWorkers.organisationId))
    .where(eq(socialWorkers.id, workerId));
  return employer?.regionCode ?? null;
}

/**
 * Moves the worker's record to a region (its visibility follows where it works). The
 * version moves on, so an edit form opened before the move reloads instead of overwriting.
 */
export async function moveWorker(workerId: string, regionCode: string): Promise<boolean> {
  const rows = await q()
    .update(socialWorkers)
    .set({ regionCode, version: sql`${socialWorkers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(socialWorkers.id, workerId), sql`${socialWorkers.regionCode} <> ${regionCode}`))
    .returning({ id: socialWorkers.id });
  return rows.length === 1;
}
