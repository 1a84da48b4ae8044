import { pinyinKeys, usccCheckChar, uuidv7 } from '@shegong/core';
import { asc, gte } from 'drizzle-orm';
import { q } from '../../../platform/db/tx.ts';
import { regions } from '../../schema/index.ts';
import type { seededRandom } from '../demo-random.ts';
import { bulkInsert, type Progress } from './bulk.ts';

type Random = ReturnType<typeof seededRandom>;

export interface Station {
  id: string;
  regionCode: string;
  organisationId: string;
  tier: string;
  communities: string[];
}

export interface Network {
  organisations: { id: string; regionCode: string }[];
  stations: Station[];
  towns: { code: string; district: string }[];
}

const ORG_WORDS = [
  '启航',
  '和悦',
  '同心',
  '康宁',
  '乐群',
  '善德',
  '仁爱',
  '阳光',
  '明德',
  '正心',
  '向日葵',
  '春晖',
  '睿智',
  '凝聚',
  '众合',
  '惠民',
  '恒福',
  '协和',
  '心桥',
  '绿茵',
];

/**
 * Organisations, district centres, town stations (one per town of the covered share of the
 * city) and service points in about half the communities.
 */
export async function buildNetwork(random: Random, scale: number, progress: Progress): Promise<Network> {
  const all = await q().select().from(regions).where(gte(regions.level, 3)).orderBy(asc(regions.code));
  const districts = all.filter((r) => r.level === 3);
  const allTowns = all.filter((r) => r.level === 4);
  const towns = allTowns.filter((_, i) => i < Math.max(2, Math.round(allTowns.length * Math.min(scale, 1))));
  const communitiesOf = new Map<string, string[]>();
  for (const r of all)
    if (r.level === 5 && r.parentCode) communitiesOf.set(r.parentCode, [...(communitiesOf.get(r.parentCode) ?? []), r.code]);

  const orgCount = Math.max(3, Math.round(70 * Math.min(scale, 1)));
  const organisations = Array.from({ length: orgCount }, (_, i) => {
    const district = districts[i % districts.length] as (typeof districts)[number];
    const name = `广州市${district.name}${ORG_WORDS[i % ORG_WORDS.length]}社会工作服务中心${i >= ORG_WORDS.length ? `（${Math.floor(i / ORG_WORDS.length) + 1}）` : ''}`;
    const body = `${`52${district.code.slice(0, 6)}MJ${String(100000 + i).slice(-6)}`.slice(0, 16)}A`;
    return { id: uuidv7(), name, regionCode: district.code, uscc: body + usccCheckChar(body) };
  });
  await bulkInsert(
    'organisations',
    [
      { name: 'id', type: 'uuid' },
      { name: 'name', type: 'text' },
      { name: 'name_pinyin', type: 'text' },
      { name: 'name_initials', type: 'text' },
      { name: 'uscc', type: 'varchar' },
      { name: 'uscc_checksum_ok', type: 'boolean' },
      { name: 'type', type: 'text' },
      { name: 'region_code', type: 'varchar' },
      { name: 'filing_status', type: 'text' },
    ],
    organisations.map((o) => {
      const keys = pinyinKeys(o.name);
      return [o.id, o.name, keys.full, keys.initials, o.uscc, true, 'private_non_enterprise', o.regionCode, 'approved'];
    }),
  );
  progress.add('organisations', organisations.length);

  const stations: Station[] = [];
  const orgsByDistrict = (code: string) => organisations.filter((o) => o.regionCode === code);
  for (const d of districts) {
    const org = orgsByDistrict(d.code)[0] ?? (random.pick(organisations) as (typeof organisations)[number]);
    stations.push({ id: uuidv7(), regionCode: d.code, organisationId: org.id, tier: 'district_centre', communities: [] });
  }
  const townList: Network['towns'] = [];
  for (const t of towns) {
    const district = t.code.slice(0, 6).padEnd(12, '0');
    const candidates = orgsByDistrict(district);
    const org = (candidates.length ? random.pick(candidates) : random.pick(organisations)) as (typeof organisations)[number];
    const communities = communitiesOf.get(t.code) ?? [];
    townList.push({ code: t.code, district });
    stations.push({ id: uuidv7(), regionCode: t.code, organisationId: org.id, tier: 'town_station', communities });
    for (const c of communities.filter((_, i) => i % 2 === 0))
      stations.push({ id: uuidv7(), regionCode: c, organisationId: org.id, tier: 'village_point', communities: [c] });
  }
  const names = new Map(all.map((r) => [r.code, r.name]));
  const label = { district_centre: '社会工作指导中心', town_station: '社工站', village_point: '社工室' } as Record<string, string>;
  await bulkInsert(
    'stations',
    [
      { name: 'id', type: 'uuid' },
      { name: 'name', type: 'text' },
      { name: 'name_pinyin', type: 'text' },
      { name: 'name_initials', type: 'text' },
      { name: 'tier', type: 'text' },
      { name: 'region_code', type: 'varchar' },
      { name: 'organisation_id', type: 'uuid' },
      { name: 'status', type: 'text' },
    ],
    stations.map((s) => {
      const name = `${(names.get(s.regionCode) ?? '').replace(/(街道|社区居委会|村委会|居委会)$/, '')}${label[s.tier]}`;
      const keys = pinyinKeys(name);
      return [s.id, name, keys.full, keys.initials, s.tier, s.regionCode, s.organisationId, 'active'];
    }),
  );
  progress.add('stations', stations.length);
  return { organisations, stations, towns: townList };
}
