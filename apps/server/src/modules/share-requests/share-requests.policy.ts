import { defineResource } from '../../platform/authz/resources.ts';
import type { RecordScope } from '../../platform/authz/scope.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { findShareRequest, type ShareRequestRecord } from './share-requests.repository.ts';

export const askingPlace = (r: ShareRequestRecord): RecordScope => ({ regionCode: r.fromRegionCode, organisationId: r.fromOrganisationId });
export const holdingPlace = (r: ShareRequestRecord): RecordScope => ({
  regionCode: r.holderRegionCode,
  organisationId: r.holderOrganisationId,
});

/**
 * A request to share a file is seen from the asking station's place and from the file's place.
 * Only the holding side (the file's own organisation where the file sits) answers it, while the
 * file is active.
 */
export const shareRequestPolicy = defineResource({
  name: 'share_request',
  load: findShareRequest,
  scopeOf: (r) => [askingPlace(r), holdingPlace(r)],
  actions: ['share_request.respond'],
  rules: { 'share_request.respond': (actor, r) => isInScope(scopeOf(actor), holdingPlace(r)) },
});

/** The caller's side holds the file (it sees the file and the answer); otherwise it asked. */
export const isHolder = (actor: Parameters<typeof scopeOf>[0], r: ShareRequestRecord) => isInScope(scopeOf(actor), holdingPlace(r));
