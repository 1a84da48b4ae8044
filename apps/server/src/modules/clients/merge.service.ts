import type { ClientMergeResult } from '@shegong/contracts';
import { uuidv7 } from '@shegong/core';
import { and, eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { q } from '../../platform/db/tx.ts';
import { fieldError, versionConflict } from '../../platform/http/errors.ts';
import { clientPolicy } from './clients.policy.ts';
import { type ClientInsert, type ClientRecord, findClient } from './clients.repository.ts';
import { lockClients, moveReferences, shareWith } from './merge.repository.ts';

/** What the surviving file lacks and the merged one knew: the document, mobile, address, worker. */
function gapsFilled(survivor: ClientRecord, merged: ClientRecord): Partial<ClientInsert> {
  const values: Partial<ClientInsert> = {};
  if (!survivor.idNumberHash && merged.idNumberHash) {
    Object.assign(values, {
      idType: merged.idType,
      idNumberEnc: merged.idNumberEnc,
      idNumberHash: merged.idNumberHash,
      idNumberMasked: merged.idNumberMasked,
      gender: merged.gender,
      birthDate: merged.birthDate,
    });
  }
  if (!values.birthDate && !survivor.birthDate && merged.birthDate) Object.assign(values, { birthDate: merged.birthDate });
  if (!values.gender && !survivor.gender && merged.gender) Object.assign(values, { gender: merged.gender });
  if (!survivor.mobileHash && merged.mobileHash) {
    Object.assign(values, { mobileEnc: merged.mobileEnc, mobileHash: merged.mobileHash, mobileMasked: merged.mobileMasked });
  }
  if (!survivor.addressEnc && merged.addressEnc) values.addressEnc = merged.addressEnc;
  if (!survivor.workerId && merged.workerId && merged.organisationId === survivor.organisationId) values.workerId = merged.workerId;
  return values;
}

/**
 * Merges a duplicate file into the surviving one in one transaction: every reference moves, the
 * duplicate stays as history pointing at the survivor, and both files' audit trails record it.
 * Two different ID numbers are two people, never merged.
 */
export async function mergeClient(
  actor: Actor,
  merged: ClientRecord,
  intoId: string,
  reason: string | undefined,
): Promise<ClientMergeResult> {
  if (intoId === merged.id) throw fieldError('intoId', 'field.merge_same');
  const target = await findClient(intoId);
  if (!target || !can(actor, 'client.merge', clientPolicy, target)) throw fieldError('intoId', 'field.merge_target');
  const locked = await lockClients([merged.id, target.id]);
  // Re-read under the lock: a concurrent merge may have got there first.
  if (locked.length !== 2 || locked.some((r) => r.status !== 'active')) throw versionConflict();
  const [survivor, duplicate] = [await findClient(target.id), await findClient(merged.id)];
  if (!survivor || !duplicate) throw versionConflict();
  if (survivor.idNumberHash && duplicate.idNumberHash && survivor.idNumberHash !== duplicate.idNumberHash) {
    throw fieldError('intoId', 'field.merge_different_id');
  }
  const moved = await moveReferences(duplicate.id, survivor.id);
  if (duplicate.organisationId !== survivor.organisationId) {
    await shareWith(survivor.id, duplicate.organisationId, duplicate.regionCode, uuidv7());
  }
  // The ID hash may live on one file only: the duplicate gives it up before the survivor takes it.
  await q()
    .update(clients)
    .set({ status: 'merged', mergedIntoId: survivor.id, idNumberHash: null, version: duplicate.version + 1, updatedAt: new Date() })
    .where(eq(clients.id, duplicate.id));
  await q()
    .update(clients)
    .set({ ...gapsFilled(survivor, duplicate), version: survivor.version + 1, updatedAt: new Date() })
    .where(and(eq(clients.id, survivor.id), eq(clients.version, survivor.version)));
  const base = { objectType: 'client' };
  await audit(
    {
      ...base,
      action: 'client.merge',
      objectId: duplicate.id,
      details: { mergedId: duplicate.id, intoId: survivor.id, reason: reason ?? null, moved },
    },
    {
      ...base,
      action: 'client.merge_into',
      objectId: survivor.id,
      details: { mergedId: duplicate.id, intoId: survivor.id, reason: reason ?? null },
    },
  );
  return { mergedId: duplicate.id, intoId: survivor.id, moved };
}
