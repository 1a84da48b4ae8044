import { IDENTITY_LOOKUPS_LIMITED, type IdentityLookupAlert } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { inTransaction, isInTransaction } from '../../platform/db/tx.ts';
import { AppError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { accessOf } from './client-scope.ts';
import { type ClientRecord, findClientRecordByIdHash } from './clients.repository.ts';
import {
  bumpAlert,
  disclosedSince,
  insertAlert,
  insertLookups,
  lockUserLookups,
  openAlertOf,
  openAlertsIn,
} from './identity-lookup.repository.ts';

/**
 * 一人一档 needs the duplicate stopped, so whoever types an ID number learns whether a file
 * exists. What it must not learn is who holds it: a file the caller's organisation neither
 * holds nor shares is "elsewhere", one answer for every holder. Each such finding is a
 * disclosure, so it is kept (keyed hash only) and limited per user: past the limit (distinct
 * numbers per hour, a setting) every lookup of a number not the caller's own is refused —
 * whether a file exists or not, so the refusal says nothing — and the supervisor is alerted.
 * See docs/clients.md, "Identity lookups".
 */

export type LookupVia = 'create' | 'update' | 'duplicates' | 'share_request' | 'import';
/** own: the caller's organisation holds or shares it (or sees it); elsewhere: a file it cannot see. */
export type LookupOutcome = 'none' | 'own' | 'elsewhere' | 'refused';

export interface LookupEntry {
  hash: string;
  /** A file holds the number. */
  held: boolean;
  /** The caller's organisation holds the file, shares it or sees it. */
  own: boolean;
}

const WINDOW_MS = 60 * 60_000;

/** The caller's organisation holds the file or shares it (any access), or the file is in the caller's view. */
export function isOwnFile(actor: Actor, file: ClientRecord): boolean {
  const org = actor.organisationId;
  if (org && (file.organisationId === org || file.shares.some((s) => s.organisationId === org))) return true;
  return accessOf(actor, file) !== null;
}

/**
 * Decides and records a batch of lookups in order: own numbers always pass; a number found
 * held elsewhere before in the window passes again (nothing new is learnt); any other number is
 * refused once the user has found the limit's worth. New findings are kept, a refusal opens (or
 * adds to) the supervisor's alert, and the batch is audited (keyed hashes only).
 */
export async function recordLookups(actor: Actor, via: LookupVia, entries: LookupEntry[]): Promise<Map<string, LookupOutcome>> {
  const outcomes = new Map<string, LookupOutcome>();
  if (entries.length === 0) return outcomes;
  const limit = (await getSettings())['client.identityLookupsPerHour'];
  return inTransaction(async () => {
    await lockUserLookups(actor.userId);
    const since = new Date(Date.now() - WINDOW_MS);
    const disclosed = await disclosedSince(actor.userId, since);
    const found: string[] = [];
    for (const { hash, held, own } of entries) {
      if (outcomes.has(hash)) continue;
      let outcome: LookupOutcome;
      if (own && held) outcome = 'own';
      else if (disclosed.has(hash)) outcome = held ? 'elsewhere' : 'none';
      else if (disclosed.size >= limit) outcome = 'refused';
      else if (held) {
        outcome = 'elsewhere';
        disclosed.set(hash, new Date());
        found.push(hash);
      } else outcome = 'none';
      outcomes.set(hash, outcome);
    }
    await insertLookups(found.map((hash) => ({ id: uuidv7(), userId: actor.userId, idNumberHash: hash, via })));
    const refused = [...outcomes.values()].filter((o) => o === 'refused').length;
    if (refused > 0) await alertSupervisor(actor, since, disclosed.size, refused);
    await audit({ action: 'client.identity_lookup', objectType: 'client', details: auditDetails(via, outcomes) });
    return outcomes;
  });
}

/** One lookup: the number itself; a batch (an import's chunk): counts, and the numbers found held elsewhere. */
function auditDetails(via: LookupVia, outcomes: Map<string, LookupOutcome>): Record<string, unknown> {
  if (outcomes.size === 1 && via !== 'import') {
    const [[hash, outcome]] = [...outcomes] as [[string, LookupOutcome]];
    return { via, outcome, idNumberHash: hash };
  }
  const counts = { own: 0, none: 0, elsewhere: 0, refused: 0 };
  for (const o of outcomes.values()) counts[o]++;
  return { via, counts, elsewhere: [...outcomes].filter(([, o]) => o === 'elsewhere').map(([hash]) => hash) };
}

async function alertSupervisor(actor: Actor, since: Date, hits: number, refused: number): Promise<void> {
  const open = await openAlertOf(actor.userId, since);
  if (open) return bumpAlert(open.id, hits, refused);
  const id = uuidv7();
  await insertAlert({ id, userId: actor.userId, organisationId: actor.organisationId, regionCode: actor.regionCode, hits, refused });
  await audit({
    action: 'client.identity_lookup_alert',
    objectType: 'identity_lookup_alert',
    objectId: id,
    details: { userId: actor.userId, hits, refused },
  });
}

/** Minutes until one of the user's findings leaves the window (so a new lookup may pass). */
async function minutesUntilFree(actor: Actor, limit: number): Promise<number> {
  const disclosed = [...(await disclosedSince(actor.userId, new Date(Date.now() - WINDOW_MS))).values()].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const freeing = disclosed[Math.max(0, disclosed.length - limit)];
  return freeing ? Math.max(1, Math.ceil((freeing.getTime() + WINDOW_MS - Date.now()) / 60_000)) : 1;
}

export const limitedError = async (actor: Actor): Promise<AppError> => {
  const limit = (await getSettings())['client.identityLookupsPerHour'];
  return new AppError(429, IDENTITY_LOOKUPS_LIMITED, 'error.identity_lookups_limited', {
    limit,
    minutes: await minutesUntilFree(actor, limit),
  });
};

/**
 * Looks one number up for the caller (the file, if any, is for the server's eyes only) and
 * answers 429 past the limit. Runs outside the request's transaction, so what it records stays
 * when the request then fails (409, 429): routes that call it opt out of the route transaction.
 */
export async function lookUpIdentity(
  actor: Actor,
  hash: string,
  via: LookupVia,
): Promise<{ outcome: Exclude<LookupOutcome, 'refused'>; file: ClientRecord | null }> {
  if (isInTransaction()) throw new Error('an identity lookup records itself: call it outside a transaction');
  const file = await findClientRecordByIdHash(hash);
  const outcomes = await recordLookups(actor, via, [{ hash, held: file !== null, own: file !== null && isOwnFile(actor, file) }]);
  const outcome = outcomes.get(hash) ?? 'none';
  if (outcome === 'refused') throw await limitedError(actor);
  return { outcome, file };
}

/** Alerts waiting for a supervisor in its scope (its organisation's users bound inside its area). */
export async function lookupAlertsFor(actor: Actor): Promise<IdentityLookupAlert[]> {
  const rows = await openAlertsIn(scopeOf(actor));
  return rows.map((r) => ({ ...r, firstRefusedAt: r.firstRefusedAt.toISOString(), lastRefusedAt: r.lastRefusedAt.toISOString() }));
}
