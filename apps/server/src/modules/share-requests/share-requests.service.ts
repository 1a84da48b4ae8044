import type { ShareRequest, ShareRequestAccept, ShareRequestCreate, ShareRequestDecline, ShareRequestTask } from '@shegong/contracts';
import { maskIdNumber, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { inTransaction } from '../../platform/db/tx.ts';
import { AppError, FieldErrors, fieldError, notFound } from '../../platform/http/errors.ts';
import { clientNameFor } from '../cases/case-present.ts';
import { checkDocumentNumber, checkStation } from '../clients/client-checks.ts';
import { idLookupHash } from '../clients/client-identity.ts';
import { today } from '../clients/client-present.ts';
import { lookUpIdentity } from '../clients/identity-lookup.service.ts';
import { isHolder, shareRequestPolicy } from './share-requests.policy.ts';
import {
  answerShareRequest,
  hasPendingRequest,
  insertShareRequest,
  lockFile,
  pendingForHolder,
  type ShareRequestRecord,
  type ShareRequestView,
  shareFile,
  viewShareRequest,
} from './share-requests.repository.ts';

/**
 * The holder sees the file, the note, the asking organisation and station, and its own reason;
 * the asker sees what it typed and the status, and the file only once the holder accepted.
 */
export function presentShareRequest(v: ShareRequestView, actor: Actor): ShareRequest {
  const holder = isHolder(actor, v);
  const revealed = holder || v.status === 'accepted';
  return {
    id: v.id,
    direction: holder ? 'in' : 'out',
    status: v.status as ShareRequest['status'],
    message: v.message,
    fromOrganisationName: v.fromOrganisationName,
    fromStationName: v.fromStationName,
    personName: holder ? null : v.personName,
    idNumberMasked: holder ? null : v.idNumberMasked,
    client: revealed ? { id: v.clientId, name: clientNameFor(actor, v.clientName) } : null,
    responseReason: holder ? v.responseReason : null,
    createdAt: v.createdAt.toISOString(),
    respondedAt: v.respondedAt?.toISOString() ?? null,
    allowedActions:
      v.status === 'pending' && v.clientStatus === 'active' && can(actor, 'share_request.respond', shareRequestPolicy, v)
        ? ['respond']
        : [],
  };
}

async function presentOne(id: string, actor: Actor): Promise<ShareRequest> {
  const view = await viewShareRequest(id);
  if (!view) throw notFound();
  return presentShareRequest(view, actor);
}

const ownFile = () => new AppError(409, 'conflict', 'error.validation', {}, [{ path: 'idNumber', key: 'field.client_id_taken' }]);

/**
 * 请求共享档案: the number is looked up like any other (audited, limited). Only a file held
 * elsewhere can be asked for; one open request per file and asking organisation. Runs outside
 * the route's transaction (the lookup is kept when the request is refused).
 */
export async function askToShare(actor: Actor, input: ShareRequestCreate): Promise<ShareRequest> {
  const problems = new FieldErrors();
  const number = checkDocumentNumber(problems, input.idType, input.idNumber, today());
  const station = await checkStation(problems, actor, input.stationId);
  problems.throwIfAny();
  if (!number || !station) throw notFound();
  const { outcome, file } = await lookUpIdentity(actor, idLookupHash(input.idType, number), 'share_request');
  if (!file || outcome === 'none') throw fieldError('idNumber', 'field.share_no_file');
  if (outcome === 'own') throw ownFile();
  return inTransaction(async () => {
    await lockFile(file.id);
    if (await hasPendingRequest(file.id, station.organisationId)) {
      throw new AppError(409, 'conflict', 'error.validation', {}, [{ path: 'idNumber', key: 'field.share_pending' }]);
    }
    const id = uuidv7();
    await insertShareRequest({
      id,
      clientId: file.id,
      idNumberHash: idLookupHash(input.idType, number),
      personName: input.name,
      idNumberMasked: maskIdNumber(number) ?? '',
      fromOrganisationId: station.organisationId,
      fromStationId: station.id,
      fromRegionCode: station.regionCode,
      message: input.message,
      createdBy: actor.userId,
    });
    await audit({
      action: 'client_share_request.create',
      objectType: 'client_share_request',
      objectId: id,
      details: { clientId: file.id, fromStationId: station.id },
    });
    return presentOne(id, actor);
  });
}

const notPending = () => new AppError(409, 'invalid_state', 'share_request.not_pending');

function checkAnswerable(r: ShareRequestRecord): void {
  if (r.status !== 'pending') throw notPending();
  if (r.clientStatus !== 'active') throw new AppError(409, 'invalid_state', 'share_request.file_inactive');
}

/** Accepting shares the file in full with the asking organisation at its station's place, as a referral's receiver gets it. */
export async function acceptShareRequest(actor: Actor, r: ShareRequestRecord, input: ShareRequestAccept): Promise<ShareRequest> {
  checkAnswerable(r);
  await lockFile(r.clientId);
  const reason = input.reason?.trim() || null;
  if (!(await answerShareRequest(r.id, { status: 'accepted', respondedBy: actor.userId, responseReason: reason }))) throw notPending();
  await shareFile({
    id: uuidv7(),
    clientId: r.clientId,
    organisationId: r.fromOrganisationId,
    regionCode: r.fromRegionCode,
    shareRequestId: r.id,
  });
  await audit(
    {
      action: 'client_share_request.accept',
      objectType: 'client_share_request',
      objectId: r.id,
      details: { clientId: r.clientId, organisationId: r.fromOrganisationId, reason },
    },
    {
      action: 'client.share',
      objectType: 'client',
      objectId: r.clientId,
      details: { organisationId: r.fromOrganisationId, access: 'full', shareRequestId: r.id },
    },
  );
  return presentOne(r.id, actor);
}

/** Declining keeps the reason for the holder and the audit trail; the asker learns only that it was declined. */
export async function declineShareRequest(actor: Actor, r: ShareRequestRecord, input: ShareRequestDecline): Promise<ShareRequest> {
  checkAnswerable(r);
  if (!(await answerShareRequest(r.id, { status: 'declined', respondedBy: actor.userId, responseReason: input.reason })))
    throw notPending();
  await audit({
    action: 'client_share_request.decline',
    objectType: 'client_share_request',
    objectId: r.id,
    details: { clientId: r.clientId, reason: input.reason },
  });
  return presentOne(r.id, actor);
}

/** Requests waiting for the caller's side to answer, for the worker's "today". */
export async function shareRequestsToAnswer(actor: Actor): Promise<ShareRequestTask[]> {
  if (!actor.permissions.has('share_request.respond')) return [];
  const views = await pendingForHolder(scopeOf(actor));
  return views.map((v) => ({
    requestId: v.id,
    fromOrganisationName: v.fromOrganisationName,
    fromStationName: v.fromStationName,
    message: v.message,
    clientId: v.clientId,
    clientName: clientNameFor(actor, v.clientName),
    createdAt: v.createdAt.toISOString(),
  }));
}
