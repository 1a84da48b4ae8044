import { pinyinKeys } from '@shegong/core';
import { and, eq } from 'drizzle-orm';
import { clientShares, clients } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import type { FieldErrors } from '../../platform/http/errors.ts';
import { regionNames } from '../regions/regions.repository.ts';
import { findStation, type StationRow } from '../stations/stations.repository.ts';
import { findUser } from '../users/users.repository.ts';
import { findWorker } from '../workers/workers.repository.ts';

export type ClientRow = typeof clients.$inferSelect;

/**
 * A client file the actor may open a case for: in its scope (its organisation's own
 * clients), or shared with its organisation in full by an accepted referral.
 */
export async function visibleClient(actor: Actor, clientId: string): Promise<ClientRow | null> {
  const [client] = await q().select().from(clients).where(eq(clients.id, clientId));
  if (client?.status !== 'active') return null;
  if (isInScope(scopeOf(actor), client)) return client;
  if (!actor.organisationId) return null;
  const [share] = await q()
    .select({ access: clientShares.access })
    .from(clientShares)
    .where(and(eq(clientShares.clientId, clientId), eq(clientShares.organisationId, actor.organisationId)));
  return share?.access === 'full' ? client : null;
}

/** An active station of the actor's own organisation, in its area. */
export async function ownStation(actor: Actor, stationId: string): Promise<StationRow | null> {
  const station = await findStation(stationId);
  if (station?.status !== 'active') return null;
  if (actor.organisationId && station.organisationId !== actor.organisationId) return null;
  return isInScope(scopeOf(actor), station) ? station : null;
}

/**
 * Where a case sits: the client's community when the station's town serves it; a client
 * served away from home (moved, referred across districts) sits at the station, so the
 * station's staff see the case.
 */
export function caseRegion(clientRegion: string, stationRegion: string): string {
  return clientRegion.startsWith(stationRegion.slice(0, 9)) ? clientRegion : stationRegion;
}

/** The worker and supervisor named on a case must belong to the organisation running the station. */
export async function checkCaseStaff(
  problems: FieldErrors,
  actor: Actor,
  organisationId: string,
  input: { workerId?: string; supervisorUserId?: string },
): Promise<void> {
  if (input.workerId) {
    const worker = await findWorker(input.workerId);
    if (!worker) problems.add('workerId', 'field.worker_unknown');
    else if (worker.organisationId !== organisationId) problems.add('workerId', 'field.worker_other_organisation');
    else if (!worker.isActive) problems.add('workerId', 'field.worker_inactive');
  }
  if (input.supervisorUserId) {
    const user = await findUser(input.supervisorUserId);
    if (input.supervisorUserId === actor.userId) problems.add('supervisorUserId', 'field.case_supervisor_self');
    else if (!user || user.isDisabled || user.organisationId !== organisationId || !user.roles.includes('supervisor')) {
      problems.add('supervisorUserId', 'field.case_supervisor_unknown');
    }
  }
}

/** 海珠区 → HZ: the station's district in initials, the head of its case numbers. */
export async function caseNoPrefix(stationRegion: string): Promise<string> {
  const district = `${stationRegion.slice(0, 6)}000000`;
  const name = (await regionNames([district])).get(district);
  const initials = name ? pinyinKeys(name.replace(/(区|县|市)$/, '')).initials.toUpperCase() : '';
  // GA (个案) only if the district is missing from the region table.
  return initials || 'GA';
}
