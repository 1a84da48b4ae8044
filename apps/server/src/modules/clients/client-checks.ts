import { CLIENT_HELD_ELSEWHERE } from '@shegong/contracts';
import { type Identity, type IdentityInput, type IdType, type MessageKey, parseDocumentNumber, parseIdentity } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { AppError, type FieldErrors } from '../../platform/http/errors.ts';
import { checkRegion } from '../regions/region-rules.ts';
import { findStation, type StationRow } from '../stations/stations.repository.ts';
import { findWorker } from '../workers/workers.repository.ts';
import { listCategories } from './client-parts.repository.ts';
import { type LookupVia, lookUpIdentity } from './identity-lookup.service.ts';

/** Checks shared by creating and changing a file; each adds its problems so all are reported together. */

/** "categories.0" + "code", or "code" for a part sent on its own. */
export const at = (path: string, field: string) => (path ? `${path}.${field}` : field);

/** Resident ID, permit, passport or none: problems are reported under the field they concern. */
export function checkIdentity(problems: FieldErrors, input: IdentityInput, today: string): Identity | null {
  const parsed = parseIdentity(input, today);
  if (parsed.ok) return parsed.identity;
  for (const p of parsed.problems) problems.add(p.path, `field.${p.problem}` as MessageKey);
  return null;
}

/** The person's community: a village/community (level 5) inside the actor's area. */
export async function checkCommunity(problems: FieldErrors, actor: Actor, regionCode: string): Promise<void> {
  const { problem } = await checkRegion(actor, regionCode, [5]);
  if (problem) problems.add('regionCode', problem);
}

/**
 * The responsible station: active, in the actor's area and, for an organisation's staff, run by
 * their organisation (the file then belongs to the station's organisation).
 */
export async function checkStation(problems: FieldErrors, actor: Actor, stationId: string): Promise<StationRow | null> {
  const station = await findStation(stationId);
  const ok =
    station?.status === 'active' &&
    isInScope(scopeOf(actor), station) &&
    (actor.organisationId === null || station.organisationId === actor.organisationId);
  if (!ok || !station) {
    problems.add('stationId', 'field.client_station');
    return null;
  }
  return station;
}

/** The responsible worker: active, of the organisation running the station. */
export async function checkWorker(problems: FieldErrors, workerId: string, organisationId: string | undefined): Promise<void> {
  const worker = await findWorker(workerId);
  if (!worker?.isActive || (organisationId && worker.organisationId !== organisationId)) problems.add('workerId', 'field.client_worker');
}

/** Category codes from the configured list (active ones), each period in order. */
export function checkCategoryInput(
  problems: FieldErrors,
  path: string,
  input: { code: string; effectiveFrom: string; effectiveTo?: string | null },
  active: ReadonlySet<string>,
): void {
  if (!active.has(input.code)) problems.add(at(path, 'code'), 'field.client_category');
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) problems.add(at(path, 'effectiveTo'), 'field.category_period');
}

export async function activeCategoryCodes(): Promise<Set<string>> {
  return new Set((await listCategories()).filter((c) => c.isActive).map((c) => c.code));
}

/**
 * One person, one file: a second file for the same document is a conflict (the index enforces
 * it under races). A file of the caller's own organisation (or one it shares or sees) is pointed
 * at; any other answers `client_held_elsewhere`, the same words whoever holds it, and the caller
 * may ask to share it. The lookup is audited and rate-limited (`lookUpIdentity`).
 */
export async function checkIdentityFree(actor: Actor, idNumberHash: string | null, selfId: string | null, via: LookupVia): Promise<void> {
  if (!idNumberHash) return;
  const { outcome, file } = await lookUpIdentity(actor, idNumberHash, via);
  if (!file || file.id === selfId) return;
  if (outcome === 'own') throw new AppError(409, 'conflict', 'error.validation', {}, [{ path: 'idNumber', key: 'field.client_id_taken' }]);
  throw new AppError(409, CLIENT_HELD_ELSEWHERE, 'error.client_held_elsewhere', {}, [
    { path: 'idNumber', key: 'field.client_id_held_elsewhere' },
  ]);
}

/** Only the document number (a lookup by number names no gender or birth date), its problem under `idNumber`. */
export function checkDocumentNumber(problems: FieldErrors, idType: Exclude<IdType, 'none'>, raw: string, today: string): string | null {
  const parsed = parseDocumentNumber(idType, raw, today);
  if (parsed.ok) return parsed.number;
  problems.add('idNumber', `field.${parsed.problem}` as MessageKey);
  return null;
}
