import { maskName } from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';

/**
 * The one decision of how a served person appears in ledgers, group and activity lists and
 * exports: the staff of the organisation that served them see the real name; anyone else
 * (the bureau of the city, district or town) sees 李**. ID number and mobile are always
 * masked here (440105********1234, 138****1234); revealing them is the client file's
 * audited reveal action, never a list's.
 */
export function seesRealNames(actor: Actor, servingOrganisationId: string): boolean {
  return actor.organisationId !== null && actor.organisationId === servingOrganisationId;
}

export interface PersonFields {
  name: string | null;
  idNumberMasked: string | null;
  mobileMasked: string | null;
}

export function personAsSeenBy(
  actor: Actor,
  servingOrganisationId: string,
  person: PersonFields,
): { name: string | null; idNumber: string | null; mobile: string | null } {
  return {
    name: seesRealNames(actor, servingOrganisationId) ? person.name : maskName(person.name),
    idNumber: person.idNumberMasked,
    mobile: person.mobileMasked,
  };
}
