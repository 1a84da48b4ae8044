import type { PersonRef } from '@shegong/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { clientShares, clients, socialWorkers } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInScopeOf } from '../../platform/authz/authorize.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import type { FieldErrors } from '../../platform/http/errors.ts';
import { personAsSeenBy } from '../ledger/ledger-masking.ts';
import { stationPolicy } from '../stations/stations.policy.ts';
import { findStation, type StationRow } from '../stations/stations.repository.ts';

/**
 * The people, stations and workers a group or activity may name. Groups and activities
 * both record services of one station, so they share these checks.
 */

/** A station the actor may record services for: in its scope, and its organisation's when it has one. */
export async function recordingStation(actor: Actor, stationId: string): Promise<StationRow | null> {
  const station = await findStation(stationId);
  return station && isInScopeOf(actor, stationPolicy, station) ? station : null;
}

/**
 * Clients the station's organisation serves and the actor sees: active files in the actor's
 * scope, or shared with the organisation in full (a referral). Problems name the position.
 */
export async function checkServedClients(
  problems: FieldErrors,
  path: string,
  actor: Actor,
  organisationId: string,
  clientIds: readonly string[],
): Promise<void> {
  if (clientIds.length === 0) return;
  const found = await q()
    .select({ id: clients.id, regionCode: clients.regionCode, organisationId: clients.organisationId, status: clients.status })
    .from(clients)
    .where(inArray(clients.id, [...clientIds]));
  const shared = new Set(
    (
      await q()
        .select({ clientId: clientShares.clientId })
        .from(clientShares)
        .where(
          and(
            inArray(clientShares.clientId, [...clientIds]),
            eq(clientShares.organisationId, organisationId),
            eq(clientShares.access, 'full'),
          ),
        )
    ).map((s) => s.clientId),
  );
  const byId = new Map(found.map((c) => [c.id, c]));
  const scope = scopeOf(actor);
  clientIds.forEach((id, index) => {
    const c = byId.get(id);
    const ok = c?.status === 'active' && ((c.organisationId === organisationId && isInScope(scope, c)) || shared.has(id));
    if (!ok) problems.add(`${path}.${index}`, 'field.client_unknown', { index: index + 1 });
  });
}

/** A facilitator must be an active worker of the station's organisation. */
export async function checkWorker(problems: FieldErrors, path: string, organisationId: string, workerId: string | null | undefined) {
  if (!workerId) return;
  const [worker] = await q()
    .select({ organisationId: socialWorkers.organisationId, isActive: socialWorkers.isActive })
    .from(socialWorkers)
    .where(eq(socialWorkers.id, workerId));
  if (!worker || worker.organisationId !== organisationId || !worker.isActive) problems.add(path, 'field.worker_unknown');
}

/** Names of served people as the actor may see them (the serving organisation's staff: real; others: 李**). */
export async function peopleAsSeenBy(
  actor: Actor,
  servingOrganisationId: string,
  clientIds: readonly string[],
): Promise<Map<string, PersonRef>> {
  if (clientIds.length === 0) return new Map();
  const rows = await q()
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(inArray(clients.id, [...new Set(clientIds)]));
  return new Map(
    rows.map((c) => [
      c.id,
      {
        clientId: c.id,
        name: personAsSeenBy(actor, servingOrganisationId, { name: c.name, idNumberMasked: null, mobileMasked: null }).name ?? '',
      },
    ]),
  );
}

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
