import { maskIdNumber, maskMobile, pinyinKeys, uuidv7 } from '@shegong/core';
import { fieldCrypto } from '../../../platform/crypto/field-crypto.ts';
import { birthBetween, chineseName, idNumberFor, mobileFor } from '../demo-people.ts';
import { addDays, type seededRandom } from '../demo-random.ts';
import { bulkInsert, type Progress } from './bulk.ts';
import type { Network, Station } from './network.ts';

type Random = ReturnType<typeof seededRandom>;

export interface Person {
  id: string;
  stationId: string;
  organisationId: string;
  community: string;
  categories: string[];
}

const pinyinCache = new Map<string, { full: string; initials: string }>();
function keysOf(name: string) {
  let keys = pinyinCache.get(name);
  if (!keys) {
    keys = pinyinKeys(name);
    pinyinCache.set(name, keys);
  }
  return keys;
}

/** Workers spread over the town stations and service points, with posts and qualification levels. */
export async function buildWorkers(random: Random, scale: number, network: Network, progress: Progress): Promise<Map<string, string[]>> {
  const crypto = fieldCrypto();
  const count = Math.round(21000 * Math.min(scale, 1));
  const working = network.stations.filter((s) => s.tier !== 'district_centre');
  const byStation = new Map<string, string[]>();
  const rows: unknown[][] = [];
  const posts: unknown[][] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const station = working[i % working.length] as Station;
    const id = uuidv7();
    const birth = birthBetween(random, 1970, 2001);
    let idNumber = idNumberFor(random, birth, station.regionCode.slice(0, 6));
    // One person, one record: draw again on the rare collision of date and sequence.
    while (seen.has(idNumber)) idNumber = idNumberFor(random, birth, station.regionCode.slice(0, 6));
    seen.add(idNumber);
    const name = chineseName(random);
    const keys = keysOf(name);
    const level = random.pick(['assistant', 'assistant', 'intermediate', 'intermediate', 'senior', null]);
    rows.push([
      id,
      name,
      keys.full,
      keys.initials,
      crypto.encrypt(idNumber),
      crypto.lookupHash(idNumber),
      maskIdNumber(idNumber),
      Number(idNumber[16]) % 2 ? 'male' : 'female',
      birth,
      station.organisationId,
      station.regionCode,
      level,
      level ? `S${String(i).padStart(9, '0')}` : null,
    ]);
    posts.push([uuidv7(), station.id, id, i % 15 === 0 ? 'head' : 'worker', '2024-01-01']);
    byStation.set(station.id, [...(byStation.get(station.id) ?? []), id]);
  }
  await bulkInsert(
    'social_workers',
    [
      'id:uuid',
      'name:text',
      'name_pinyin:text',
      'name_initials:text',
      'id_number_enc:text',
      'id_number_hash:varchar',
      'id_number_masked:varchar',
      'gender:text',
      'birth_date:date',
      'organisation_id:uuid',
      'region_code:varchar',
      'qualification_level:text',
      'certificate_no:text',
    ].map(col),
    rows,
  );
  await bulkInsert('station_posts', ['id:uuid', 'station_id:uuid', 'worker_id:uuid', 'post:text', 'starts_on:date'].map(col), posts);
  progress.add('social workers + posts', rows.length + posts.length);
  return byStation;
}

export function col(spec: string) {
  const [name, type] = spec.split(':') as [string, string];
  return { name, type };
}

function categoriesFor(random: Random, birth: string): string[] {
  const year = Number(birth.slice(0, 4));
  if (year <= 1956)
    return year <= 1946
      ? [random.pick(['elderly_alone', 'elderly_empty_nest']), 'elderly_advanced']
      : [random.pick(['elderly_alone', 'elderly_empty_nest', 'dibao'])];
  if (year >= 2008) return [random.pick(['child_in_difficulty', 'left_behind_child', 'de_facto_orphan'])];
  return [random.pick(['dibao', 'dibian', 'severe_disability', 'tekun'])];
}

/** Client files with encrypted identifiers and realistic category mixes (60 % elderly, 20 % children). */
export async function buildClients(
  random: Random,
  scale: number,
  network: Network,
  workers: Map<string, string[]>,
  progress: Progress,
): Promise<Person[]> {
  const crypto = fieldCrypto();
  const count = Math.round(300000 * Math.min(scale, 1));
  const towns = network.stations.filter((s) => s.tier === 'town_station' && s.communities.length > 0);
  const people: Person[] = [];
  const seen = new Set<string>();
  let rows: unknown[][] = [];
  let holdings: unknown[][] = [];
  const flush = async () => {
    await bulkInsert(
      'clients',
      [
        'id:uuid',
        'name:text',
        'name_pinyin:text',
        'name_initials:text',
        'id_type:text',
        'id_number_enc:text',
        'id_number_hash:varchar',
        'id_number_masked:varchar',
        'gender:text',
        'birth_date:date',
        'mobile_enc:text',
        'mobile_hash:varchar',
        'mobile_masked:varchar',
        'region_code:varchar',
        'risk_level:text',
        'station_id:uuid',
        'organisation_id:uuid',
        'worker_id:uuid',
      ].map(col),
      rows,
    );
    await bulkInsert(
      'client_category_holdings',
      ['id:uuid', 'client_id:uuid', 'category_code:text', 'effective_from:date'].map(col),
      holdings,
    );
    progress.add('clients + categories', rows.length + holdings.length);
    rows = [];
    holdings = [];
  };
  for (let i = 0; i < count; i++) {
    const station = towns[i % towns.length] as Station;
    const community = random.pick(station.communities);
    const r = random.next();
    const birth =
      r < 0.6 ? birthBetween(random, 1930, 1956) : r < 0.8 ? birthBetween(random, 2009, 2019) : birthBetween(random, 1962, 2000);
    let idNumber = idNumberFor(random, birth, station.regionCode.slice(0, 6));
    while (seen.has(idNumber)) idNumber = idNumberFor(random, birth, station.regionCode.slice(0, 6));
    seen.add(idNumber);
    const mobile = r < 0.8 && r >= 0.6 ? null : mobileFor(random);
    const name = chineseName(random);
    const keys = keysOf(name);
    const id = uuidv7();
    const categories = categoriesFor(random, birth);
    const staff = workers.get(station.id) ?? [];
    rows.push([
      id,
      name,
      keys.full,
      keys.initials,
      'resident_id',
      crypto.encrypt(idNumber),
      crypto.lookupHash(idNumber),
      maskIdNumber(idNumber),
      Number(idNumber[16]) % 2 ? 'male' : 'female',
      birth,
      mobile ? crypto.encrypt(mobile) : null,
      mobile ? crypto.lookupHash(mobile) : null,
      mobile ? maskMobile(mobile) : null,
      community,
      random.chance(0.1) ? 'high' : 'low',
      station.id,
      station.organisationId,
      staff.length ? random.pick(staff) : null,
    ]);
    for (const code of categories) holdings.push([uuidv7(), id, code, addDays('2024-01-01', -random.int(0, 700))]);
    people.push({ id, stationId: station.id, organisationId: station.organisationId, community, categories });
    if (rows.length >= 20000) await flush();
  }
  if (rows.length) await flush();
  return people;
}
