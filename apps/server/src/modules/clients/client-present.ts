import type { ClientDetail, ClientSummary, Consent, HouseholdMember, MergedClient } from '@shegong/contracts';
import {
  ageOn,
  type ClientRiskLevel,
  type Gender,
  guardianConsentMissing,
  type IdType,
  isHoldingCurrent,
  type Locale,
  localDateTime,
  maskName,
} from '@shegong/core';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { regionNames } from '../regions/regions.repository.ts';
import { consentsOf, holdingsOf, householdOf } from './client-parts.repository.ts';
import { accessOf, seesNames } from './client-scope.ts';
import { clientPolicy } from './clients.policy.ts';
import type { ClientRecord, ClientView } from './clients.repository.ts';

/** Today in Asia/Shanghai by the server's clock: ages and current categories are local dates. */
export function today(): string {
  return localDateTime(new Date()).date;
}

export interface PresentContext {
  actor: Actor;
  locale: Locale;
  today: string;
  /** District names by 12-digit code: the address shown stops at the district. */
  districts: Map<string, string>;
}

const districtOf = (regionCode: string) => `${regionCode.slice(0, 6)}000000`;

export async function presentContext(actor: Actor, locale: Locale, regionCodes: string[]): Promise<PresentContext> {
  return { actor, locale, today: today(), districts: await regionNames(regionCodes.map(districtOf)) };
}

export const categoryName = (locale: Locale, c: { nameZh: string; nameEn: string }) => (locale === 'en-US' ? c.nameEn : c.nameZh);

/** Masked on the server: ID and mobile always, the address to its district, names for the bureau. */
export function presentSummary(v: ClientView, ctx: PresentContext): ClientSummary {
  const { actor } = ctx;
  return {
    id: v.id,
    name: seesNames(actor) ? v.name : (maskName(v.name) ?? ''),
    idType: v.idType as IdType,
    idNumberMasked: v.idNumberMasked,
    gender: v.gender as Gender | null,
    birthDate: v.birthDate,
    age: v.birthDate ? ageOn(v.birthDate, ctx.today) : null,
    mobileMasked: v.mobileMasked,
    regionCode: v.regionCode,
    address: ctx.districts.get(districtOf(v.regionCode)) ?? '',
    stationId: v.stationId,
    stationName: v.stationName ?? '',
    organisationId: v.organisationId,
    organisationName: v.organisationName ?? '',
    workerId: v.workerId,
    workerName: v.workerName,
    riskLevel: v.riskLevel as ClientRiskLevel,
    tags: v.tags,
    currentCategories: v.currentCategories.map((c) => ({ code: c.code, name: categoryName(ctx.locale, c) })),
    access: accessOf(actor, v) ?? 'oversight',
    status: 'active',
    mergedIntoId: null,
    version: v.version,
    allowedActions: allowedActions(actor, clientPolicy, v),
  };
}

export async function presentDetail(v: ClientView, ctx: PresentContext): Promise<ClientDetail> {
  const [holdings, members, consents] = await Promise.all([holdingsOf(v.id), householdOf(v.id), consentsOf(v.id)]);
  // Relatives' and guardians' names are for those who serve the person, like the person's own name.
  const name = (text: string) => (seesNames(ctx.actor) ? text : (maskName(text) ?? ''));
  return {
    ...presentSummary(v, ctx),
    categories: holdings.map((h) => ({
      id: h.id,
      code: h.categoryCode,
      name: categoryName(ctx.locale, h),
      effectiveFrom: h.effectiveFrom,
      effectiveTo: h.effectiveTo,
      isCurrent: isHoldingCurrent(h, ctx.today),
      evidenceFileId: h.evidenceFileId,
    })),
    household: members.map(
      (m): HouseholdMember => ({
        id: m.id,
        name: name(m.name),
        relation: m.relation as HouseholdMember['relation'],
        birthDate: m.birthDate,
        age: m.birthDate ? ageOn(m.birthDate, ctx.today) : null,
        mobileMasked: m.mobileMasked,
        linkedClientId: m.linkedClientId,
      }),
    ),
    consents: consents.map(
      (c): Consent => ({
        id: c.id,
        purpose: c.purpose as Consent['purpose'],
        givenBy: c.givenBy as Consent['givenBy'],
        guardianName: c.guardianName ? name(c.guardianName) : null,
        guardianRelation: c.guardianRelation as Consent['guardianRelation'],
        givenOn: c.givenOn,
        documentFileId: c.documentFileId,
        withdrawnOn: c.withdrawnOn,
      }),
    ),
    guardianConsentMissing: guardianConsentMissing(v.birthDate, consents, ctx.today),
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** A merged file reads as a pointer to the surviving one (its history moved there). */
export function presentMerged(c: ClientRecord): MergedClient {
  return { id: c.id, status: 'merged', mergedIntoId: c.mergedIntoId ?? '', mergedAt: c.updatedAt.toISOString(), allowedActions: [] };
}
