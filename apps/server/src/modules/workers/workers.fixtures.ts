import { idCardCheckChar, maskIdNumber, parseIdCard, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { socialWorkers } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';

let counter = 0;

/** A valid ID number (GB 11643) for tests: Haizhu area code, a birth date, a sequence, the check character. */
export function testIdNumber(seq = ++counter, birth = '19900101'): string {
  const first17 = `440105${birth}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export interface MadeWorker {
  id: string;
  idNumber: string;
}

export async function makeWorker(values: {
  organisationId: string;
  regionCode: string;
  name?: string;
  idNumber?: string;
  userId?: string;
  qualificationLevel?: 'assistant' | 'intermediate' | 'senior' | null;
  certificateNo?: string | null;
  mobile?: string | null;
}): Promise<MadeWorker> {
  const id = uuidv7();
  const idNumber = values.idNumber ?? testIdNumber();
  const parsed = parseIdCard(idNumber);
  if (!parsed.ok) throw new Error(`test ID number invalid: ${idNumber}`);
  const name = values.name ?? `测试社工${++counter}`;
  const crypto = fieldCrypto();
  await q()
    .insert(socialWorkers)
    .values({
      id,
      name,
      ...pinyinColumns(name),
      idNumberEnc: crypto.encrypt(parsed.info.number),
      idNumberHash: crypto.lookupHash(parsed.info.number),
      idNumberMasked: maskIdNumber(parsed.info.number) as string,
      gender: parsed.info.gender,
      birthDate: parsed.info.birthDate,
      organisationId: values.organisationId,
      regionCode: values.regionCode,
      userId: values.userId ?? null,
      mobile: values.mobile ?? null,
      qualificationLevel: values.qualificationLevel === undefined ? 'assistant' : values.qualificationLevel,
      certificateNo: values.certificateNo === undefined ? `ZS${Date.now().toString(36)}${counter}` : values.certificateNo,
      certifiedYear: 2020,
    });
  return { id, idNumber: parsed.info.number };
}

export const fixtures: FixtureSet = {
  worker: async (place) => (await makeWorker(place)).id,
};
