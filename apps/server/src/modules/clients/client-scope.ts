import { and, eq, exists, or, type SQL, sql } from 'drizzle-orm';
import { clientShares, clients } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInScope, type RecordScope, type Scope, scopeOf, scopeWhere } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';

export interface ClientShare {
  organisationId: string;
  regionCode: string;
  /** full | history */
  access: string;
}

/** What the policy and presentation need of a file: where it sits and with whom it is shared. */
export interface ClientPlaces {
  regionCode: string;
  organisationId: string;
  status: string;
  shares: ClientShare[];
}

/**
 * A file sits at the person's community under the responsible organisation, and again at each
 * share (a referral's receiver, a sender keeping its history): visible from any of them.
 */
export function clientPlaces(c: ClientPlaces): RecordScope[] {
  return [
    { regionCode: c.regionCode, organisationId: c.organisationId },
    ...c.shares.map((s) => ({ regionCode: s.regionCode, organisationId: s.organisationId })),
  ];
}

/** The list filter matching `clientPlaces`: every list of files goes through it. */
export function clientScopeWhere(scope: Scope): SQL {
  const own = scopeWhere(scope, { region: clients.regionCode, organisation: clients.organisationId });
  const shared = exists(
    q()
      .select({ one: sql`1` })
      .from(clientShares)
      .where(
        and(
          eq(clientShares.clientId, clients.id),
          scopeWhere(scope, { region: clientShares.regionCode, organisation: clientShares.organisationId }),
        ),
      ),
  );
  return or(own, shared) as SQL;
}

export type ClientAccess = 'own' | 'full' | 'history' | 'oversight';

/**
 * How the actor holds the file: the bureau oversees; an organisation serves its own files and
 * those shared with it in full; a history share (a referral's sender) only reads.
 */
export function accessOf(actor: Actor, c: ClientPlaces): ClientAccess | null {
  const scope = scopeOf(actor);
  if (!actor.organisationId) return clientPlaces(c).some((p) => isInScope(scope, p)) ? 'oversight' : null;
  if (isInScope(scope, { regionCode: c.regionCode, organisationId: c.organisationId })) return 'own';
  const shares = c.shares.filter((s) => isInScope(scope, s));
  if (shares.some((s) => s.access === 'full')) return 'full';
  return shares.length > 0 ? 'history' : null;
}

/** Changing, revealing and merging need an active file the actor's organisation serves (own or shared in full). */
export function servesFully(actor: Actor, c: ClientPlaces): boolean {
  const access = accessOf(actor, c);
  return c.status === 'active' && (access === 'own' || access === 'full');
}

/** Staff of an organisation holding the file see names; the bureau sees 李** (as in ledgers). */
export function seesNames(actor: Actor): boolean {
  return actor.organisationId !== null;
}
