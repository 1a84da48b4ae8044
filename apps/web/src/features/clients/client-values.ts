import type { ClientCreate, ClientDetail, ClientUpdate } from '@shegong/contracts';
import { ageOn, type CONSENT_PURPOSES, GUARDIAN_CONSENT_AGE, type IdType, parseIdCard } from '@shegong/core';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';

type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export type CategoryValues = { code?: string; effectiveFrom?: Dayjs; effectiveTo?: Dayjs; evidence?: File };
export type MemberValues = { name?: string; relation?: string; birthDate?: Dayjs; mobile?: string };
export type ConsentValues = {
  given?: boolean;
  purpose?: ConsentPurpose;
  givenBy?: string;
  guardianName?: string;
  guardianRelation?: string;
  givenOn?: Dayjs;
  document?: File;
};

export type ClientValues = {
  name?: string;
  idType: IdType;
  idNumber?: string;
  gender?: string;
  birthDate?: Dayjs;
  mobile?: string;
  regionCode?: string;
  address?: string;
  stationId?: string;
  workerId?: string | null;
  riskLevel?: string;
  tags?: string[];
  categories?: CategoryValues[];
  household?: MemberValues[];
  consent?: ConsentValues;
};

const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);
export const todayText = () => dayjs().format('YYYY-MM-DD');

/** Gender and birth date: from a resident ID as it is typed, else as entered (or the record's). */
export function derivedPerson(idType: IdType | undefined, idNumber: string | undefined, gender?: string, birthDate?: Dayjs | null) {
  if (idType === 'resident_id') {
    const parsed = idNumber?.trim() ? parseIdCard(idNumber.trim()) : null;
    if (!parsed?.ok) return null;
    return { gender: parsed.info.gender, birthDate: parsed.info.birthDate };
  }
  return birthDate || gender ? { gender: gender ?? null, birthDate: day(birthDate) ?? null } : null;
}

export function ageOf(birthDate: string | null | undefined): number | null {
  return birthDate ? ageOn(birthDate, todayText()) : null;
}

export const isChild = (birthDate: string | null | undefined) => {
  const age = ageOf(birthDate);
  return age !== null && age < GUARDIAN_CONSENT_AGE;
};

/** The create body: the ID decides gender and birth date, so they are only sent without one. */
export function createBody(v: ClientValues, child: boolean): ClientCreate {
  const resident = v.idType === 'resident_id';
  const consent = v.consent;
  return {
    ...compact({
      name: v.name,
      idType: v.idType,
      idNumber: v.idType === 'none' ? undefined : v.idNumber?.replace(/\s/g, ''),
      gender: resident ? undefined : v.gender,
      birthDate: resident ? undefined : day(v.birthDate),
      mobile: v.mobile,
      regionCode: v.regionCode,
      address: v.address,
      stationId: v.stationId,
      workerId: v.workerId ?? undefined,
      riskLevel: v.riskLevel,
    }),
    tags: v.tags ?? [],
    categories: (v.categories ?? []).map((c) =>
      compact({ code: c.code, effectiveFrom: day(c.effectiveFrom), effectiveTo: day(c.effectiveTo) }),
    ),
    household: (v.household ?? []).map((m) =>
      compact({ name: m.name, relation: m.relation, birthDate: day(m.birthDate), mobile: m.mobile }),
    ),
    // A guardian's consent goes with the file; a person's own is recorded afterwards with its signed form.
    consent: child
      ? compact({
          purpose: consent?.purpose ?? 'service',
          givenBy: 'guardian',
          guardianName: consent?.guardianName,
          guardianRelation: consent?.guardianRelation,
          givenOn: day(consent?.givenOn) ?? todayText(),
        })
      : undefined,
  } as ClientCreate;
}

const blank = (v?: string | null) => v?.trim() || null;

/** Only what changed; the ID number is sent only when retyped (a correction). */
export function updateBody(c: ClientDetail, v: ClientValues): ClientUpdate {
  const out: Partial<ClientUpdate> = { version: c.version };
  if (v.name?.trim() !== c.name) out.name = v.name?.trim();
  const retyped = blank(v.idNumber);
  if (v.idType !== c.idType || retyped) {
    out.idType = v.idType;
    out.idNumber = v.idType === 'none' ? null : retyped;
  }
  if (v.idType !== 'resident_id') {
    if ((v.gender ?? null) !== c.gender) out.gender = v.gender as ClientUpdate['gender'];
    if ((day(v.birthDate) ?? null) !== c.birthDate) out.birthDate = day(v.birthDate);
  }
  if (blank(v.mobile)) out.mobile = blank(v.mobile);
  if (v.regionCode && v.regionCode !== c.regionCode) out.regionCode = v.regionCode;
  if (blank(v.address)) out.address = blank(v.address);
  if (v.stationId && v.stationId !== c.stationId) out.stationId = v.stationId;
  if ((v.workerId ?? null) !== c.workerId) out.workerId = v.workerId ?? null;
  if (v.riskLevel && v.riskLevel !== c.riskLevel) out.riskLevel = v.riskLevel as ClientUpdate['riskLevel'];
  if (JSON.stringify(v.tags ?? []) !== JSON.stringify(c.tags)) out.tags = v.tags ?? [];
  return out as ClientUpdate;
}

/** What the edit form starts from: masked identifiers are never put in a field. */
export function editValues(c: ClientDetail): ClientValues {
  return {
    name: c.name,
    idType: c.idType,
    gender: c.gender ?? undefined,
    birthDate: c.birthDate ? dayjs(c.birthDate) : undefined,
    regionCode: c.regionCode,
    stationId: c.stationId,
    workerId: c.workerId,
    riskLevel: c.riskLevel,
    tags: c.tags,
  };
}
