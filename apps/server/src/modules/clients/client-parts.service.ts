import type { CategoryInput, CategoryUpdate, ClientDetail, ConsentInput, HouseholdMemberInput } from '@shegong/contracts';
import { holdingsOverlap, type Locale, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { can } from '../../platform/authz/authorize.ts';
import { FieldErrors, fieldError } from '../../platform/http/errors.ts';
import { activeCategoryCodes, checkCategoryInput } from './client-checks.ts';
import { mobileColumns } from './client-identity.ts';
import {
  deleteMember,
  findConsent,
  findHolding,
  holdingsOf,
  insertConsent,
  insertHoldings,
  insertMembers,
  isClientFile,
  updateHolding,
  withdrawConsentRow,
} from './client-parts.repository.ts';
import { clientPolicy } from './clients.policy.ts';
import { type ClientRecord, findClient } from './clients.repository.ts';
import { checkConsentDetails, consentColumns, periodOf, presentOne } from './clients.service.ts';

/** Categories, household and consents: each change is audited on the file it belongs to. */
async function auditPart(c: ClientRecord, action: string, details: Record<string, unknown>) {
  await audit({ action, objectType: 'client', objectId: c.id, details });
}

/** Evidence and signed forms must be files uploaded for this very client. */
async function checkFile(problems: FieldErrors, c: ClientRecord, path: string, fileId: string | null | undefined) {
  if (fileId && !(await isClientFile(c.id, fileId))) problems.add(path, 'field.client_file');
}

export async function addCategory(actor: Actor, c: ClientRecord, input: CategoryInput, locale: Locale): Promise<ClientDetail> {
  const problems = new FieldErrors();
  checkCategoryInput(problems, '', input, await activeCategoryCodes());
  const held = await holdingsOf(c.id);
  if (held.some((h) => h.categoryCode === input.code && holdingsOverlap(h, input))) problems.add('code', 'field.category_held');
  await checkFile(problems, c, 'evidenceFileId', input.evidenceFileId);
  problems.throwIfAny();
  const id = uuidv7();
  await insertHoldings([
    { id, clientId: c.id, categoryCode: input.code, ...periodOf(input), evidenceFileId: input.evidenceFileId ?? null },
  ]);
  await auditPart(c, 'client.category_add', { holdingId: id, code: input.code, effectiveFrom: input.effectiveFrom });
  return presentOne(c.id, actor, locale);
}

/** Ends a category (its last day) or attaches its evidence. */
export async function changeCategory(
  actor: Actor,
  c: ClientRecord,
  holdingId: string,
  input: CategoryUpdate,
  locale: Locale,
): Promise<ClientDetail> {
  const holding = await findHolding(c.id, holdingId);
  // An unknown part of a visible file is a field problem; 404 is kept for files one may not see.
  if (!holding) throw fieldError('holdingId', 'field.holding_unknown');
  const problems = new FieldErrors();
  if (input.effectiveTo && input.effectiveTo < holding.effectiveFrom) problems.add('effectiveTo', 'field.category_period');
  await checkFile(problems, c, 'evidenceFileId', input.evidenceFileId);
  problems.throwIfAny();
  await updateHolding(holding.id, {
    ...(input.effectiveTo !== undefined ? { effectiveTo: input.effectiveTo } : {}),
    ...(input.evidenceFileId !== undefined ? { evidenceFileId: input.evidenceFileId } : {}),
  });
  const ended = input.effectiveTo !== undefined && input.effectiveTo !== null;
  await auditPart(c, ended ? 'client.category_end' : 'client.category_update', {
    holdingId,
    code: holding.categoryCode,
    fields: Object.keys(input),
  });
  return presentOne(c.id, actor, locale);
}

export async function addMember(actor: Actor, c: ClientRecord, input: HouseholdMemberInput, locale: Locale): Promise<ClientDetail> {
  if (input.linkedClientId) {
    const linked = await findClient(input.linkedClientId);
    if (!linked || linked.id === c.id || !can(actor, 'client.read', clientPolicy, linked))
      throw fieldError('linkedClientId', 'field.linked_client');
  }
  const id = uuidv7();
  const mobile = mobileColumns(input.mobile ?? null);
  await insertMembers([
    {
      id,
      clientId: c.id,
      name: input.name,
      relation: input.relation,
      birthDate: input.birthDate ?? null,
      mobileEnc: mobile.mobileEnc,
      mobileMasked: mobile.mobileMasked,
      linkedClientId: input.linkedClientId ?? null,
    },
  ]);
  await auditPart(c, 'client.household_add', { memberId: id, relation: input.relation });
  return presentOne(c.id, actor, locale);
}

export async function removeMember(actor: Actor, c: ClientRecord, memberId: string, locale: Locale): Promise<ClientDetail> {
  const removed = await deleteMember(c.id, memberId);
  if (!removed) throw fieldError('memberId', 'field.household_member_unknown');
  await auditPart(c, 'client.household_remove', { memberId, relation: removed.relation });
  return presentOne(c.id, actor, locale);
}

export async function addConsent(actor: Actor, c: ClientRecord, input: ConsentInput, locale: Locale): Promise<ClientDetail> {
  const problems = new FieldErrors();
  checkConsentDetails(problems, '', input);
  await checkFile(problems, c, 'documentFileId', input.documentFileId);
  problems.throwIfAny();
  const id = uuidv7();
  await insertConsent({ id, clientId: c.id, ...consentColumns(input) });
  await auditPart(c, 'client.consent_add', { consentId: id, purpose: input.purpose, givenBy: input.givenBy });
  return presentOne(c.id, actor, locale);
}

/**
 * Withdrawal is the person's right and is never refused; a child's file then shows that a
 * guardian's consent is missing.
 */
export async function withdrawConsent(
  actor: Actor,
  c: ClientRecord,
  consentId: string,
  withdrawnOn: string,
  locale: Locale,
): Promise<ClientDetail> {
  const consent = await findConsent(c.id, consentId);
  if (!consent) throw fieldError('consentId', 'field.consent_unknown');
  if (consent.withdrawnOn) throw fieldError('consentId', 'field.consent_withdrawn');
  if (withdrawnOn < consent.givenOn) throw fieldError('withdrawnOn', 'field.withdrawn_before_given');
  await withdrawConsentRow(consent.id, withdrawnOn);
  await auditPart(c, 'client.consent_withdraw', { consentId, purpose: consent.purpose, withdrawnOn });
  return presentOne(c.id, actor, locale);
}
