import { maskIdNumber, maskMobile, parseIdCard, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { clientShares, clients } from '../../db/schema/index.ts';
import { fieldCrypto } from '../../platform/crypto/field-crypto.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { q } from '../../platform/db/tx.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { testIdNumber } from '../workers/workers.fixtures.ts';
import { insertAlert } from './identity-lookup.repository.ts';

let counter = 0;
let idCounter = 0;

export interface MadeClient {
  id: string;
  stationId: string;
  idNumber: string | null;
}

/**
 * A client file at a place (the person's community and the responsible organisation); a
 * station of that organisation is created when none is given.
 */
export async function makeClient(values: {
  regionCode: string;
  organisationId: string;
  stationId?: string;
  name?: string;
  idNumber?: string | null;
  mobile?: string;
  workerId?: string;
  riskLevel?: 'low' | 'medium' | 'high';
  /** For a file without a resident ID (idNumber null): the birth date entered. */
  birthDate?: string;
  gender?: 'male' | 'female';
}): Promise<MadeClient> {
  const id = uuidv7();
  const stationId = values.stationId ?? (await makeStation({ regionCode: values.regionCode, organisationId: values.organisationId }));
  const name = values.name ?? `测试对象${++counter}`;
  const crypto = fieldCrypto();
  // Its own counter: a given name must not make two files share an ID number.
  const idNumber = values.idNumber === undefined ? testIdNumber(500 + (++idCounter % 400), '19450302') : values.idNumber;
  const parsed = idNumber ? parseIdCard(idNumber) : null;
  if (parsed && !parsed.ok) throw new Error(`test ID number invalid: ${idNumber}`);
  const info = parsed?.ok ? parsed.info : null;
  await q()
    .insert(clients)
    .values({
      id,
      name,
      ...pinyinColumns(name),
      idType: info ? 'resident_id' : 'none',
      idNumberEnc: info ? crypto.encrypt(info.number) : null,
      idNumberHash: info ? crypto.lookupHash(info.number) : null,
      idNumberMasked: info ? maskIdNumber(info.number) : null,
      gender: info?.gender ?? values.gender ?? null,
      birthDate: info?.birthDate ?? values.birthDate ?? null,
      mobileEnc: values.mobile ? crypto.encrypt(values.mobile) : null,
      mobileHash: values.mobile ? crypto.lookupHash(values.mobile) : null,
      mobileMasked: values.mobile ? maskMobile(values.mobile) : null,
      regionCode: values.regionCode,
      addressEnc: crypto.encrypt('同福西路 1 号'),
      riskLevel: values.riskLevel ?? 'low',
      stationId,
      organisationId: values.organisationId,
      workerId: values.workerId ?? null,
    });
  return { id, stationId, idNumber: info?.number ?? null };
}

/** Access for another organisation at a place: a referral's receiver (full) or its sender afterwards (history). */
export async function shareClient(clientId: string, place: { regionCode: string; organisationId: string }, access: 'full' | 'history') {
  await q()
    .insert(clientShares)
    .values({ id: uuidv7(), clientId, ...place, access });
}

/** An open alert that a user bound at the place went past the identity-lookup limit. */
export async function makeLookupAlert(place: { regionCode: string; organisationId: string | null }, userId = uuidv7()): Promise<string> {
  const id = uuidv7();
  await insertAlert({ id, userId, organisationId: place.organisationId, regionCode: place.regionCode, hits: 20, refused: 1 });
  return id;
}

export const fixtures: FixtureSet = {
  client: async (place) => (await makeClient(place)).id,
  lookup_alert: (place) => makeLookupAlert(place),
};

/** Parts that exist nowhere: a visible file answers with a field problem (400), never 404. */
export const paramSamples = {
  holdingId: '00000000-0000-7000-8000-000000000011',
  memberId: '00000000-0000-7000-8000-000000000012',
  consentId: '00000000-0000-7000-8000-000000000013',
};
