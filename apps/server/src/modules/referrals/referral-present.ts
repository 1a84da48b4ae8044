import type { Referral } from '@shegong/contracts';
import { type Locale, maskName } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { isInScope, scopeOf } from '../../platform/authz/scope.ts';
import { clientNameFor } from '../cases/case-present.ts';
import { today } from '../workers/worker-status.ts';
import { fromPlace, referralPolicy, toPlace } from './referrals.policy.ts';
import { categoriesOf, type ReferralView } from './referrals.repository.ts';

/** Whole years between a birth date and a day, both 'YYYY-MM-DD'. */
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * The sender sees its own client and case. The receiver sees a masked name, the age, the
 * categories and the reason until it accepts; then the client and the case it opened.
 */
export async function presentReferrals(views: ReferralView[], actor: Actor, locale: Locale): Promise<Referral[]> {
  const day = today();
  const categories = await categoriesOf(
    views.map((v) => v.clientId),
    day,
    locale === 'en-US',
  );
  return views.map((v) => {
    const sender = isInScope(scopeOf(actor), fromPlace(v));
    const receiver = isInScope(scopeOf(actor), toPlace(v));
    const revealed = sender || v.status === 'accepted';
    return {
      id: v.id,
      direction: sender ? 'out' : 'in',
      status: v.status as Referral['status'],
      reason: v.reason,
      responseComment: v.responseComment,
      client: {
        id: revealed ? v.clientId : null,
        name: revealed ? clientNameFor(actor, v.clientName) : (maskName(v.clientName) ?? ''),
        age: ageOn(v.clientBirthDate, day),
        gender: revealed ? v.clientGender : null,
        categories: categories.get(v.clientId) ?? [],
      },
      caseId: sender ? v.caseId : null,
      caseNo: sender ? v.caseNo : null,
      newCaseId: receiver ? v.newCaseId : null,
      fromStationId: v.fromStationId,
      fromStationName: v.fromStationName,
      fromOrganisationName: v.fromOrganisationName,
      toStationId: v.toStationId,
      toStationName: v.toStationName,
      toOrganisationName: v.toOrganisationName,
      createdAt: v.createdAt.toISOString(),
      respondedAt: v.respondedAt?.toISOString() ?? null,
      allowedActions: v.status === 'pending' && can(actor, 'referral.respond', referralPolicy, v) ? ['respond'] : [],
    };
  });
}
