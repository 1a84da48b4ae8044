import type { Organisation, OrganisationCreate, OrganisationUpdate } from '@shegong/contracts';
import { type FilingStatus, type Locale, parseUscc, type RatingGrade, translate, uuidv7 } from '@shegong/core';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/authz/actor.ts';
import { allowedActions } from '../../platform/authz/authorize.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { notFound, versionConflict } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { requireRegionInScope } from '../regions/region-rules.ts';
import { checkDocuments } from './filing-documents.ts';
import { loadExtras } from './organisation-extras.repository.ts';
import { organisationPolicy } from './organisations.policy.ts';
import {
  findOrganisation,
  insertOrganisation,
  type OrganisationRecord,
  type OrganisationView,
  updateOrganisation,
  viewOrganisation,
} from './organisations.repository.ts';

export function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Presents a page of organisations with rating, credit marks and documents, in a few batched queries. */
export async function presentOrganisations(views: OrganisationView[], actor: Actor | null, locale: Locale): Promise<Organisation[]> {
  const now = today();
  const warnDays = (await getSettings())['rating.warnDays'];
  const extras = await loadExtras(
    views.map((v) => v.id),
    views.flatMap((v) => v.documentIds),
    now,
  );
  return views.map((view) => {
    const extra = extras.get(view.id);
    const rating = extra?.rating ?? null;
    return {
      id: view.id,
      name: view.name,
      uscc: view.uscc,
      usccWarning: view.uscc && view.usccChecksumOk === false ? translate(locale, 'field.uscc_checksum') : null,
      type: view.type as Organisation['type'],
      regionCode: view.regionCode,
      regionName: view.regionName ?? view.regionCode,
      address: view.address,
      contactName: view.contactName,
      contactPhone: view.contactPhone,
      stationCount: view.stationCount,
      registeringAuthority: view.registeringAuthority,
      registeredOn: view.registeredOn,
      legalRepresentative: view.legalRepresentative,
      serviceAreas: view.serviceAreas,
      staffTotal: view.staffTotal,
      socialWorkerTotal: view.socialWorkerTotal,
      documents: extra?.documents ?? [],
      filingStatus: view.filingStatus as FilingStatus,
      filingSubmittedAt: view.filingSubmittedAt?.toISOString() ?? null,
      filingDecidedAt: view.filingDecidedAt?.toISOString() ?? null,
      filingComment: view.filingComment,
      rating: rating
        ? {
            grade: rating.grade as RatingGrade,
            validUntil: rating.validUntil,
            isExpired: rating.validUntil < now,
            isExpiringSoon: rating.validUntil >= now && daysBetween(now, rating.validUntil) <= warnDays,
          }
        : null,
      activeCreditMarks: (extra?.marks ?? []).map((m) => ({ kind: m.kind, description: m.description, issuedOn: m.issuedOn })),
      createdAt: view.createdAt.toISOString(),
      version: view.version,
      allowedActions: allowedActions(actor, organisationPolicy, view),
    };
  });
}

export async function presentOrganisation(id: string, actor: Actor, locale: Locale): Promise<Organisation> {
  const view = await viewOrganisation(id);
  if (!view) throw notFound();
  const [org] = await presentOrganisations([view], actor, locale);
  return org as Organisation;
}

function usccColumns(uscc: string | undefined | null) {
  if (!uscc) return { uscc: null, usccChecksumOk: null };
  const parsed = parseUscc(uscc);
  return { uscc: parsed.ok ? parsed.code : uscc, usccChecksumOk: parsed.ok ? parsed.checksumOk : null };
}

export async function createOrganisation(actor: Actor, input: OrganisationCreate, locale: Locale): Promise<Organisation> {
  await requireRegionInScope(actor, input.regionCode, 'regionCode');
  const id = uuidv7();
  await insertOrganisation({
    id,
    name: input.name,
    ...pinyinColumns(input.name),
    ...usccColumns(input.uscc),
    type: input.type,
    regionCode: input.regionCode,
    address: input.address ?? null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
  });
  await audit({
    action: 'organisation.create',
    objectType: 'organisation',
    objectId: id,
    details: { name: input.name },
  });
  return presentOrganisation(id, actor, locale);
}

export async function changeOrganisation(
  actor: Actor,
  current: OrganisationRecord,
  input: OrganisationUpdate,
  locale: Locale,
): Promise<Organisation> {
  if (input.regionCode) await requireRegionInScope(actor, input.regionCode, 'regionCode');
  if (input.documentIds) await checkDocuments(current.id, input.documentIds);
  const { version, uscc, name, ...rest } = input;
  const values = {
    ...rest,
    ...(name ? { name, ...pinyinColumns(name) } : {}),
    ...(uscc !== undefined ? usccColumns(uscc) : {}),
  };
  if (!(await updateOrganisation(current.id, version, values))) throw versionConflict();
  await audit({
    action: 'organisation.update',
    objectType: 'organisation',
    objectId: current.id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return presentOrganisation(current.id, actor, locale);
}

export { findOrganisation };
