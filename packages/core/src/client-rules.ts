import { parseIdCard, toHalfWidth } from './id-card.ts';

/**
 * Rules of the client file (一人一档) that need no database: identity documents, age, the
 * guardian-consent rule for children (PIPL art. 31), likely duplicates and current categories.
 * Dates are 'YYYY-MM-DD' strings in local (Asia/Shanghai) time.
 */
export const ID_TYPES = ['resident_id', 'none', 'hk_macao_tw_permit', 'passport'] as const;
export type IdType = (typeof ID_TYPES)[number];

export const CLIENT_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type ClientRiskLevel = (typeof CLIENT_RISK_LEVELS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const CONSENT_GIVERS = ['self', 'guardian'] as const;
export const CONSENT_PURPOSES = ['service', 'personal_data', 'sensitive_data', 'sharing', 'photos'] as const;
export const HOUSEHOLD_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'other_relative',
  'legal_guardian',
  'carer',
  'other',
] as const;

/** PIPL art. 31: personal information of a child under 14 needs a parent's or guardian's consent. */
export const GUARDIAN_CONSENT_AGE = 14;

/** Full years between a birth date and a day (a birthday counts on the day itself; 29 Feb on 1 Mar). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export function needsGuardianConsent(birthDate: string | null | undefined, today: string): boolean {
  return !!birthDate && ageOn(birthDate, today) < GUARDIAN_CONSENT_AGE;
}

export interface ConsentFacts {
  givenBy: string;
  guardianName?: string | null;
  guardianRelation?: string | null;
  withdrawnOn?: string | null;
}

/** A guardian's consent names the guardian and the relation; a person's own consent names nobody. */
export function consentDetailsProblem(consent: ConsentFacts): 'guardian_details' | 'guardian_not_expected' | null {
  if (consent.givenBy === 'guardian') return consent.guardianName?.trim() && consent.guardianRelation ? null : 'guardian_details';
  return consent.guardianName || consent.guardianRelation ? 'guardian_not_expected' : null;
}

/** A child under 14 must have a guardian's consent in force (not withdrawn) on file. */
export function guardianConsentMissing(birthDate: string | null | undefined, consents: readonly ConsentFacts[], today: string): boolean {
  if (!needsGuardianConsent(birthDate, today)) return false;
  return !consents.some((c) => c.givenBy === 'guardian' && !c.withdrawnOn && consentDetailsProblem(c) === null);
}

/** Passes 'E12345678', '  h1234 5678 ' → 'H12345678': half-width, no spaces, upper case. */
export function normaliseDocumentNumber(raw: string): string {
  return toHalfWidth(raw).replace(/\s/g, '').toUpperCase();
}

// 港澳居民来往内地通行证 H/M + 8 (or 10) digits; 台湾居民来往大陆通行证 8 digits (or 10 + letter).
const PERMIT = /^([HM]\d{8}(\d{2})?|\d{8}|\d{10}[A-Z]?)$/;
// Passports vary by country: letters and digits, with at least one digit.
const PASSPORT = /^(?=.*\d)[A-Z0-9]{5,20}$/;

export type IdentityProblem =
  | 'id_card_format'
  | 'id_card_birth_date'
  | 'id_card_checksum'
  | 'id_document_format'
  | 'id_number_not_expected'
  | 'derived_from_id'
  | 'date_future';

export interface IdentityInput {
  idType: IdType;
  idNumber?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
}

export interface Identity {
  idType: IdType;
  /** Normalised: 18-character ID number (15-digit upgraded, upper-case X), or the document number. */
  idNumber: string | null;
  gender: Gender | null;
  birthDate: string | null;
}

const ID_CARD_PROBLEMS = { format: 'id_card_format', birthDate: 'id_card_birth_date', checksum: 'id_card_checksum' } as const;

/**
 * A resident ID card gives gender and birth date (typed ones are refused, never trusted);
 * other documents get a format check and the person's gender and birth date as entered;
 * without any document there is no number.
 */
export function parseIdentity(
  input: IdentityInput,
  today: string,
): { ok: true; identity: Identity } | { ok: false; problems: { path: string; problem: IdentityProblem | 'required' }[] } {
  const problems: { path: string; problem: IdentityProblem | 'required' }[] = [];
  const raw = input.idNumber?.trim() ? input.idNumber : null;
  if (input.idType === 'resident_id') {
    if (input.gender) problems.push({ path: 'gender', problem: 'derived_from_id' });
    if (input.birthDate) problems.push({ path: 'birthDate', problem: 'derived_from_id' });
    if (!raw) return { ok: false, problems: [{ path: 'idNumber', problem: 'required' }, ...problems] };
    const parsed = parseIdCard(raw, new Date(`${today}T23:59:59Z`));
    if (!parsed.ok) problems.push({ path: 'idNumber', problem: ID_CARD_PROBLEMS[parsed.problem] });
    if (problems.length > 0 || !parsed.ok) return { ok: false, problems };
    const { number, gender, birthDate } = parsed.info;
    return { ok: true, identity: { idType: 'resident_id', idNumber: number, gender, birthDate } };
  }
  const number = raw ? normaliseDocumentNumber(raw) : null;
  if (input.idType === 'none' && number) problems.push({ path: 'idNumber', problem: 'id_number_not_expected' });
  if (input.idType !== 'none') {
    if (!number) problems.push({ path: 'idNumber', problem: 'required' });
    else if (!(input.idType === 'passport' ? PASSPORT : PERMIT).test(number))
      problems.push({ path: 'idNumber', problem: 'id_document_format' });
  }
  if (!input.gender) problems.push({ path: 'gender', problem: 'required' });
  if (!input.birthDate) problems.push({ path: 'birthDate', problem: 'required' });
  else if (input.birthDate > today) problems.push({ path: 'birthDate', problem: 'date_future' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    identity: { idType: input.idType, idNumber: number, gender: input.gender ?? null, birthDate: input.birthDate ?? null },
  };
}

/**
 * Only a document's number, normalised and checked: looking a person up by number (a request to
 * share a file) needs no gender or birth date.
 */
export function parseDocumentNumber(
  idType: Exclude<IdType, 'none'>,
  raw: string,
  today: string,
): { ok: true; number: string } | { ok: false; problem: IdentityProblem | 'required' } {
  if (!raw.trim()) return { ok: false, problem: 'required' };
  if (idType === 'resident_id') {
    const parsed = parseIdCard(raw, new Date(`${today}T23:59:59Z`));
    return parsed.ok ? { ok: true, number: parsed.info.number } : { ok: false, problem: ID_CARD_PROBLEMS[parsed.problem] };
  }
  const number = normaliseDocumentNumber(raw);
  return (idType === 'passport' ? PASSPORT : PERMIT).test(number) ? { ok: true, number } : { ok: false, problem: 'id_document_format' };
}

/**
 * The text hashed for exact lookup and the one-person-one-file index: a resident ID number as
 * itself (so any module finds a person by the number), other documents under their type.
 */
export function identityLookupText(idType: IdType, normalised: string): string {
  return idType === 'resident_id' ? normalised : `${idType}:${normalised}`;
}

export type DuplicateReason = 'id_number' | 'name_birth' | 'mobile';
export type DuplicateLikelihood = 'certain' | 'high' | 'medium';

export interface DuplicateFacts {
  namePinyin: string;
  birthDate?: string | null;
  mobileHash?: string | null;
  idNumberHash?: string | null;
}

/** Why a file on record may be the person being entered: same ID, same name (by pinyin) and birth date, or same mobile. */
export function duplicateReasons(entered: DuplicateFacts, onFile: DuplicateFacts): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (entered.idNumberHash && entered.idNumberHash === onFile.idNumberHash) reasons.push('id_number');
  if (entered.birthDate && entered.namePinyin && entered.namePinyin === onFile.namePinyin && entered.birthDate === onFile.birthDate) {
    reasons.push('name_birth');
  }
  if (entered.mobileHash && entered.mobileHash === onFile.mobileHash) reasons.push('mobile');
  return reasons;
}

/** A shared phone alone is weaker evidence than name and birth date: relatives share phones. */
export function duplicateLikelihood(reasons: readonly DuplicateReason[]): DuplicateLikelihood | null {
  if (reasons.includes('id_number')) return 'certain';
  if (reasons.includes('name_birth')) return 'high';
  if (reasons.includes('mobile')) return 'medium';
  return null;
}

export interface HoldingPeriod {
  effectiveFrom: string;
  effectiveTo?: string | null;
}

export function isHoldingCurrent(holding: HoldingPeriod, today: string): boolean {
  return holding.effectiveFrom <= today && (!holding.effectiveTo || holding.effectiveTo >= today);
}

export function holdingsOverlap(a: HoldingPeriod, b: HoldingPeriod): boolean {
  return a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');
}
