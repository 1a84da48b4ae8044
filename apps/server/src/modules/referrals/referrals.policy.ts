import { defineResource } from '../../platform/authz/resources.ts';
import type { RecordScope } from '../../platform/authz/scope.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { findReferral, type ReferralRecord } from './referrals.repository.ts';

export const fromPlace = (r: ReferralRecord): RecordScope => ({ regionCode: r.fromRegionCode, organisationId: r.fromOrganisationId });
export const toPlace = (r: ReferralRecord): RecordScope => ({ regionCode: r.toRegionCode, organisationId: r.toOrganisationId });

/**
 * A referral is seen from both ends: the sending case's place and the receiving station.
 * Only the receiving side answers it.
 */
export const referralPolicy = defineResource({
  name: 'referral',
  load: findReferral,
  scopeOf: (r) => [fromPlace(r), toPlace(r)],
  actions: ['referral.respond'],
  rules: { 'referral.respond': (actor, r) => isInScope(scopeOf(actor), toPlace(r)) },
});
