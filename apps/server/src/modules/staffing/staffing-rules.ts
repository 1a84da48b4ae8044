import { localDateTime } from '@shegong/core';
import { and, gt, gte, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { q } from '../../platform/db/tx.ts';
import type { FieldErrors } from '../../platform/http/errors.ts';
import type { StationRow } from '../stations/stations.repository.ts';
import { findWorkerBrief, moveWorker, type WorkerBrief, workplaceRegion } from './staffing-workers.repository.ts';

/** Today in Asia/Shanghai by the server's clock: posts, assignments and check-ins are local dates. */
export function today(): string {
  return localDateTime(new Date()).date;
}

export interface Term {
  startsOn: string;
  endsOn: string | null;
}

export function isCurrent(term: Term, day = today()): boolean {
  return term.startsOn <= day && (term.endsOn === null || term.endsOn >= day);
}

/** Far enough ahead to stand for "no end date" in overlap checks. */
export const OPEN_END = '9999-12-31';

/** Rows whose [startsOn, endsOn] overlaps the given term (an open end runs forever). */
export function overlaps(columns: { startsOn: PgColumn; endsOn: PgColumn }, term: { startsOn: string; endsOn?: string | null }): SQL {
  return and(lte(columns.startsOn, term.endsOn ?? OPEN_END), or(isNull(columns.endsOn), gte(columns.endsOn, term.startsOn))) as SQL;
}

/** current | ended | upcoming, relative to `day`. */
export function termState(columns: { startsOn: PgColumn; endsOn: PgColumn }, state: 'current' | 'ended' | 'upcoming', day: string): SQL {
  if (state === 'ended') return lt(columns.endsOn, day);
  if (state === 'upcoming') return gt(columns.startsOn, day);
  return overlaps(columns, { startsOn: day, endsOn: day });
}

// Any constant: with the station's id it serialises staffing changes of one station, so two
// requests cannot both pass the "one head" or "one worker per community" check.
const STAFFING_LOCK = 72026002;

export async function lockStation(stationId: string): Promise<void> {
  await q().execute(sql`select pg_advisory_xact_lock(${STAFFING_LOCK}::int, hashtext(${stationId}))`);
}

/** A station takes staff unless it is closed; the worker must be an active employee of the organisation running it. */
export async function checkStaffable(station: StationRow, workerId: string, problems: FieldErrors): Promise<WorkerBrief | null> {
  if (station.status === 'closed') problems.add('stationId', 'field.station_closed');
  const worker = await findWorkerBrief(workerId);
  if (!worker) problems.add('workerId', 'field.worker_unknown');
  else if (worker.organisationId !== station.organisationId) problems.add('workerId', 'field.worker_other_organisation');
  else if (!worker.isActive) problems.add('workerId', 'field.worker_inactive');
  return worker;
}

/** Keeps the worker's record where it works on `day`; returns the move for the audit trail. */
export async function followWorkplace(worker: WorkerBrief, day = today()): Promise<{ from: string; to: string } | null> {
  const region = await workplaceRegion(worker.id, day);
  if (!region || region === worker.regionCode) return null;
  return (await moveWorker(worker.id, region)) ? { from: worker.regionCode, to: region } : null;
}
