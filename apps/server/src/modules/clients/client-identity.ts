import {
  type Identity,
  type IdType,
  identityLookupText,
  isMobile,
  maskIdNumber,
  maskMobile,
  normaliseDocumentNumber,
  parseIdCard,
} from '@shegong/core';
import { eq, inArray, or, type SQL } from 'drizzle-orm';
import { clients } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { nameSearch } from '../../platform/db/search.ts';

/**
 * Identifiers at rest: AES-GCM ciphertext, a keyed hash for exact lookup (and the one-file
 * index), and the masked form lists show. The clear value is never stored or searched.
 */
export function idLookupHash(idType: IdType, normalised: string): string {
  return fieldCrypto().lookupHash(identityLookupText(idType, normalised));
}

export function mobileHash(mobile: string): string {
  return fieldCrypto().lookupHash(mobile);
}

export function identityColumns(identity: Identity) {
  const number = identity.idNumber;
  return {
    idType: identity.idType,
    idNumberEnc: number ? fieldCrypto().encrypt(number) : null,
    idNumberHash: number ? idLookupHash(identity.idType, number) : null,
    idNumberMasked: number ? maskIdNumber(number) : null,
    gender: identity.gender,
    birthDate: identity.birthDate,
  };
}

export function mobileColumns(mobile: string | null) {
  return {
    mobileEnc: mobile ? fieldCrypto().encrypt(mobile) : null,
    mobileHash: mobile ? mobileHash(mobile) : null,
    mobileMasked: mobile ? maskMobile(mobile) : null,
  };
}

export function addressColumn(address: string | null): string | null {
  return address ? fieldCrypto().encrypt(address) : null;
}

/**
 * `q` is an exact resident ID (15 or 18 digits, any x), an exact permit or passport number or
 * an exact mobile, each matched through its keyed hash; otherwise a Chinese name, its full
 * pinyin or its initials.
 */
export function searchCondition(text: string): SQL {
  const parsed = parseIdCard(text);
  if (parsed.ok) return eq(clients.idNumberHash, idLookupHash('resident_id', parsed.info.number));
  const conditions: SQL[] = [nameSearch(text, { name: clients.name, pinyin: clients.namePinyin, initials: clients.nameInitials })];
  const document = normaliseDocumentNumber(text);
  if (/\d/.test(document) && /^[A-Z0-9]{5,20}$/.test(document)) {
    const types: IdType[] = ['hk_macao_tw_permit', 'passport'];
    conditions.push(
      inArray(
        clients.idNumberHash,
        types.map((t) => idLookupHash(t, document)),
      ),
    );
  }
  if (isMobile(text.trim())) conditions.push(eq(clients.mobileHash, mobileHash(text.trim())));
  return or(...conditions) as SQL;
}
