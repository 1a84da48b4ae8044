import type { ClientCreate, ClientDetail, ClientRevealResult, ClientUpdate } from '@shegong/contracts';
import {
  consentDetailsProblem,
  guardianConsentMissing,
  holdingsOverlap,
  type Identity,
  type IdType,
  type Locale,
  uuidv7,
} from '@shegong/core';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { inTransaction } from '../../platform/db/tx.ts';
import { registerUniqueField } from '../../platform/http/error-handler.ts';
import { FieldErrors, notFound, versionConflict } from '../../platform/http/errors.ts';
import { regionPath } from '../regions/regions.repository.ts';
import {
  activeCategoryCodes,
  at,
  checkCategoryInput,
  checkCommunity,
  checkIdentity,
  checkIdentityFree,
  checkStation,
  checkWorker,
} from './client-checks.ts';
import { addressColumn, identityColumns, mobileColumns } from './client-identity.ts';
import { consentsOf, insertConsent, insertHoldings, insertMembers } from './client-parts.repository.ts';
import { presentContext, presentDetail, today } from './client-present.ts';
import { type ClientInsert, type ClientRecord, insertClient, updateClient, viewClient } from './clients.repository.ts';

// Two submissions of one person racing past the check below: the index refuses the second, as a field error.
registerUniqueField('clients_id_hash_key', { path: 'idNumber', key: 'field.client_id_taken' });

type CreateInput = z.output<typeof ClientCreate>;
type ConsentFields = NonNullable<CreateInput['consent']>;

export async function presentOne(id: string, actor: Actor, locale: Locale): Promise<ClientDetail> {
  const view = await viewClient(id, today());
  if (!view) throw notFound();
  return presentDetail(view, await presentContext(actor, locale, [view.regionCode]));
}

export function checkConsentDetails(problems: FieldErrors, path: string, consent: ConsentFields): void {
  const problem = consentDetailsProblem(consent);
  if (problem === 'guardian_details')
    problems.add(at(path, consent.guardianName ? 'guardianRelation' : 'guardianName'), 'field.guardian_details');
  if (problem === 'guardian_not_expected') problems.add(at(path, 'guardianName'), 'field.guardian_not_expected');
}

const uniqueTags = (tags: string[]) => [...new Set(tags)];

export async function createClient(actor: Actor, input: CreateInput, locale: Locale): Promise<ClientDetail> {
  const day = today();
  const problems = new FieldErrors();
  const identity = checkIdentity(problems, input, day);
  await checkCommunity(problems, actor, input.regionCode);
  const station = await checkStation(problems, actor, input.stationId);
  if (input.workerId) await checkWorker(problems, input.workerId, station?.organisationId ?? actor.organisationId ?? undefined);
  const active = await activeCategoryCodes();
  input.categories.forEach((c, i) => {
    checkCategoryInput(problems, `categories.${i}`, c, active);
    if (input.categories.some((o, j) => j < i && o.code === c.code && holdingsOverlap(o, c))) {
      problems.add(`categories.${i}.code`, 'field.category_held');
    }
  });
  if (input.consent) checkConsentDetails(problems, 'consent', input.consent);
  if (identity && guardianConsentMissing(identity.birthDate, input.consent ? [input.consent] : [], day)) {
    problems.add('consent', 'field.guardian_consent_required');
  }
  problems.throwIfAny();
  if (!identity || !station) throw notFound();
  const columns = identityColumns(identity);
  // Outside the write's transaction: the lookup is kept (audit, rate limit) when it stops the write.
  await checkIdentityFree(actor, columns.idNumberHash, null, 'create');
  return inTransaction(() => insertFile(actor, input, identity, columns, station, locale));
}

async function insertFile(
  actor: Actor,
  input: CreateInput,
  identity: Identity,
  columns: ReturnType<typeof identityColumns>,
  station: { id: string; organisationId: string },
  locale: Locale,
): Promise<ClientDetail> {
  const id = uuidv7();
  await insertClient({
    id,
    name: input.name,
    ...pinyinColumns(input.name),
    ...columns,
    ...mobileColumns(input.mobile ?? null),
    regionCode: input.regionCode,
    addressEnc: addressColumn(input.address ?? null),
    riskLevel: input.riskLevel,
    tags: uniqueTags(input.tags),
    stationId: station.id,
    organisationId: station.organisationId,
    workerId: input.workerId ?? null,
  });
  await insertHoldings(input.categories.map((c) => ({ id: uuidv7(), clientId: id, categoryCode: c.code, ...periodOf(c) })));
  await insertMembers(
    input.household.map((m) => ({
      id: uuidv7(),
      clientId: id,
      name: m.name,
      relation: m.relation,
      birthDate: m.birthDate ?? null,
      mobileEnc: mobileColumns(m.mobile ?? null).mobileEnc,
      mobileMasked: mobileColumns(m.mobile ?? null).mobileMasked,
    })),
  );
  if (input.consent) await insertConsent({ id: uuidv7(), clientId: id, ...consentColumns(input.consent) });
  await audit({
    action: 'client.create',
    objectType: 'client',
    objectId: id,
    details: { stationId: station.id, idType: identity.idType, categories: input.categories.map((c) => c.code) },
  });
  return presentOne(id, actor, locale);
}

export const periodOf = (c: { effectiveFrom: string; effectiveTo?: string | null }) => ({
  effectiveFrom: c.effectiveFrom,
  effectiveTo: c.effectiveTo ?? null,
});

export function consentColumns(c: ConsentFields & { documentFileId?: string }) {
  return {
    purpose: c.purpose,
    givenBy: c.givenBy,
    guardianName: c.guardianName ?? null,
    guardianRelation: c.guardianRelation ?? null,
    givenOn: c.givenOn,
    documentFileId: c.documentFileId ?? null,
  };
}

/** The document as the file holds it, for a correction that sends only part of it. */
function currentIdentity(current: ClientRecord, input: ClientUpdate) {
  const idType = (input.idType ?? current.idType) as IdType;
  const kept = current.idNumberEnc && idType === current.idType ? fieldCrypto().decrypt(current.idNumberEnc) : null;
  // With a resident ID, gender and birth date are only ever derived; other documents keep what was entered.
  const derived = idType === 'resident_id';
  return {
    idType,
    idNumber: input.idNumber !== undefined ? input.idNumber : kept,
    gender: input.gender ?? (derived ? undefined : ((current.gender as 'male' | 'female' | null) ?? undefined)),
    birthDate: input.birthDate ?? (derived ? undefined : (current.birthDate ?? undefined)),
  };
}

export async function changeClient(actor: Actor, current: ClientRecord, input: ClientUpdate, locale: Locale): Promise<ClientDetail> {
  const day = today();
  const problems = new FieldErrors();
  const values: Partial<ClientInsert> = {};
  const identityTouched = [input.idType, input.idNumber, input.gender, input.birthDate].some((v) => v !== undefined);
  if (identityTouched) {
    const identity = checkIdentity(problems, currentIdentity(current, input), day);
    if (identity) Object.assign(values, identityColumns(identity));
  }
  if (input.name) Object.assign(values, { name: input.name, ...pinyinColumns(input.name) });
  if (input.mobile !== undefined) Object.assign(values, mobileColumns(input.mobile));
  if (input.address !== undefined) values.addressEnc = addressColumn(input.address);
  if (input.regionCode && input.regionCode !== current.regionCode) {
    await checkCommunity(problems, actor, input.regionCode);
    values.regionCode = input.regionCode;
  }
  if (input.stationId && input.stationId !== current.stationId) {
    // The station may change within the file's organisation; a transfer to another one is a referral.
    const station = await checkStation(problems, actor, input.stationId);
    if (station && station.organisationId !== current.organisationId) problems.add('stationId', 'field.client_station');
    values.stationId = input.stationId;
  }
  if (input.workerId) await checkWorker(problems, input.workerId, current.organisationId);
  if (input.workerId !== undefined) values.workerId = input.workerId;
  if (input.riskLevel) values.riskLevel = input.riskLevel;
  if (input.tags) values.tags = uniqueTags(input.tags);
  const birthDate = values.birthDate !== undefined ? values.birthDate : current.birthDate;
  if (birthDate !== current.birthDate && guardianConsentMissing(birthDate, await consentsOf(current.id), day)) {
    problems.add('consent', 'field.guardian_consent_required');
  }
  problems.throwIfAny();
  if (values.idNumberHash && values.idNumberHash !== current.idNumberHash) {
    await checkIdentityFree(actor, values.idNumberHash, current.id, 'update');
  }
  return inTransaction(async () => {
    if (!(await updateClient(current.id, input.version, values))) throw versionConflict();
    await audit({
      action: 'client.update',
      objectType: 'client',
      objectId: current.id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
    return presentOne(current.id, actor, locale);
  });
}

/** One identifier in full, for a stated reason; the reason is kept in the audit trail. */
export async function revealField(c: ClientRecord, field: ClientRevealResult['field'], reason: string): Promise<ClientRevealResult> {
  const crypto = fieldCrypto();
  let value: string | null = null;
  if (field === 'idNumber' && c.idNumberEnc) value = crypto.decrypt(c.idNumberEnc);
  if (field === 'mobile' && c.mobileEnc) value = crypto.decrypt(c.mobileEnc);
  if (field === 'address') {
    const place = (await regionPath(c.regionCode)).map((r) => r.name).join('');
    value = [place, c.addressEnc ? crypto.decrypt(c.addressEnc) : ''].filter(Boolean).join(' ') || null;
  }
  await audit({
    action: 'client.reveal',
    objectType: 'client',
    objectId: c.id,
    details: { field, reason },
  });
  return { field, value };
}
