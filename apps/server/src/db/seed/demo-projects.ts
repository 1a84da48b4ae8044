import { elapsedFraction, pinyinKeys, uuidv7 } from '@shegong/core';
import { inArray, sql } from 'drizzle-orm';
import { q } from '../../platform/db/tx.ts';
import { budgetLines, catalogueItems, expenditures, projectEvents, projectStations, projects, projectTargets } from '../schema/index.ts';
import { todayInChina } from './demo-random.ts';

type Station = { id: string; regionCode: string; organisationId: string };

interface DemoProject {
  name: string;
  buyer: string;
  buyerName: string;
  stations: string[];
  year: number;
  amount: number;
  status: string;
  /** Target = delivered so far ÷ elapsed × pace: 1 on track, > 1 behind, < 1 ahead. */
  pace: number;
  personnel: number;
  catalogue: string;
}

const PROJECTS: DemoProject[] = [
  {
    name: '南华西街社工站服务项目（2026年度）',
    buyer: '440105008000',
    buyerName: '海珠区南华西街道办事处',
    stations: ['nhx', 'nhx-1', 'nhx-2', 'nhx-3'],
    year: 2026,
    amount: 2400000,
    status: 'in_service',
    pace: 1,
    personnel: 0.68,
    catalogue: 'station',
  },
  {
    name: '赤岗街社工站服务项目（2026年度）',
    buyer: '440105001000',
    buyerName: '海珠区赤岗街道办事处',
    stations: ['cg', 'cg-1'],
    year: 2026,
    amount: 2400000,
    status: 'in_service',
    pace: 1.9,
    personnel: 0.7,
    catalogue: 'station',
  },
  {
    name: '新港街社工站服务项目（2026年度）',
    buyer: '440105002000',
    buyerName: '海珠区新港街道办事处',
    stations: ['xg'],
    year: 2026,
    amount: 2400000,
    status: 'mid_evaluated',
    pace: 1.05,
    personnel: 0.56,
    catalogue: 'station',
  },
  {
    name: '五山街社工站服务项目（2026年度）',
    buyer: '440106001000',
    buyerName: '天河区五山街道办事处',
    stations: ['ws', 'ws-1', 'ws-2'],
    year: 2026,
    amount: 2400000,
    status: 'in_service',
    pace: 0.8,
    personnel: 0.66,
    catalogue: 'station',
  },
  {
    name: '石牌街社工站服务项目（2027年度）',
    buyer: '440106006000',
    buyerName: '天河区石牌街道办事处',
    stations: ['sp'],
    year: 2027,
    amount: 2400000,
    status: 'contracted',
    pace: 1,
    personnel: 0.67,
    catalogue: 'station',
  },
  {
    name: '海珠区社会工作指导中心运营项目（2025年度）',
    buyer: '440105000000',
    buyerName: '广州市海珠区民政局',
    stations: ['hz-centre'],
    year: 2025,
    amount: 800000,
    status: 'closed',
    pace: 1,
    personnel: 0.72,
    catalogue: 'centre',
  },
];

const INDICATORS = ['person_times', 'case_visits', 'activities', 'people_served'] as const;

/** Catalogue and projects at every stage, with spending; targets set against delivery so far, some behind pace. */
export async function seedProjects(stationMap: Map<string, Station>): Promise<{ projects: number }> {
  const today = todayInChina();
  const catalogue = new Map<string, string>();
  for (const [key, name, area, region, last] of [
    ['station', '镇街社工服务站项目', '综合服务', '440100000000', 2026],
    ['centre', '区社会工作指导中心运营项目', '平台建设', '440100000000', 2025],
    ['elderly', '长者居家社区养老服务项目', '长者服务', '440105000000', 2025],
    ['children', '困境儿童关爱保护项目', '儿童服务', '440106000000', 2026],
    ['stale', '外来务工人员融入服务项目', '社区发展', '440105000000', 2023],
  ] as const) {
    const id = uuidv7();
    catalogue.set(key, id);
    await q()
      .insert(catalogueItems)
      .values({
        id,
        year: 2026,
        serviceArea: area,
        name,
        regionCode: region,
        status: key === 'stale' ? 'planned' : 'in_progress',
        referencePrice: key === 'station' ? '2400000.00' : '500000.00',
        lastBoughtYear: last,
      });
  }
  let seq = 0;
  for (const p of PROJECTS) {
    const stationRows = p.stations.map((k) => stationMap.get(k)).filter((s): s is Station => Boolean(s));
    if (stationRows.length === 0) continue;
    const id = uuidv7();
    const keys = pinyinKeys(p.name);
    const startsOn = `${p.year}-01-01`;
    const endsOn = `${p.year}-12-31`;
    await q()
      .insert(projects)
      .values({
        id,
        code: `XM${p.buyer.slice(0, 6)}-${p.year}-${String(++seq).padStart(4, '0')}`,
        name: p.name,
        namePinyin: keys.full,
        nameInitials: keys.initials,
        catalogueItemId: catalogue.get(p.catalogue) ?? null,
        regionCode: p.buyer,
        buyerName: p.buyerName,
        organisationId: stationRows[0]?.organisationId as string,
        startsOn,
        endsOn,
        contractAmount: p.amount.toFixed(2),
        status: p.status,
      });
    await q()
      .insert(projectStations)
      .values(stationRows.map((s) => ({ projectId: id, stationId: s.id })));
    await q().insert(projectEvents).values({ id: uuidv7(), projectId: id, toStatus: p.status, actorName: p.buyerName });

    // Budget: personnel share as given, the rest split over the other lines.
    const personnel = Math.round(p.amount * p.personnel);
    const rest = p.amount - personnel;
    const lines = [
      { category: 'personnel', name: '社工及管理人员薪酬福利', amount: personnel },
      { category: 'activities', name: '服务活动费用', amount: Math.round(rest * 0.55) },
      { category: 'supervision', name: '专业督导费用', amount: Math.round(rest * 0.2) },
      { category: 'administration', name: '行政办公费用', amount: rest - Math.round(rest * 0.55) - Math.round(rest * 0.2) },
    ].map((l) => ({ id: uuidv7(), projectId: id, ...l, amount: l.amount.toFixed(2) }));
    await q().insert(budgetLines).values(lines);
    const elapsed = elapsedFraction(startsOn, endsOn, today);
    const months = Math.floor(elapsed * 12);
    for (let m = 1; m <= months; m++) {
      for (const line of lines) {
        const amount = (Number(line.amount) / 12) * (line.category === 'activities' ? 0.8 + (m % 3) * 0.15 : 1);
        await q()
          .insert(expenditures)
          .values({
            id: uuidv7(),
            projectId: id,
            budgetLineId: line.id,
            spentOn: `${p.year}-${String(m).padStart(2, '0')}-25`,
            amount: amount.toFixed(2),
            description: `${m} 月${line.name}`,
          });
      }
    }

    // Targets from what the stations delivered so far, so pace reads as intended.
    const ids = stationRows.map((s) => s.id);
    if (p.catalogue === 'centre') continue;
    const [done] = (
      await q().execute<{ person_times: number; visits: number; activities: number; people: number; elderly: number }>(sql`
        select coalesce(sum(person_times), 0)::int as person_times, (count(*) filter (where kind = 'case_visit'))::int as visits,
          (count(distinct source_id) filter (where kind = 'activity'))::int as activities, count(distinct client_id)::int as people,
          (select count(distinct r.client_id)::int from service_records r join client_category_holdings h on h.client_id = r.client_id
            and h.category_code = 'elderly_alone' and h.effective_from <= r.served_on and (h.effective_to is null or h.effective_to >= r.served_on)
            where r.station_id in (${sql.join(
              ids.map((s) => sql`${s}::uuid`),
              sql`, `,
            )}) and r.served_on between ${startsOn} and ${endsOn}) as elderly
        from service_records where station_id in (${sql.join(
          ids.map((s) => sql`${s}::uuid`),
          sql`, `,
        )}) and served_on between ${startsOn} and ${endsOn}`)
    ).rows;
    const delivered: Record<(typeof INDICATORS)[number], number> = {
      person_times: done?.person_times ?? 0,
      case_visits: done?.visits ?? 0,
      activities: done?.activities ?? 0,
      people_served: done?.people ?? 0,
    };
    const targets = INDICATORS.filter((indicator) => delivered[indicator] > 0).map((indicator) => ({
      id: uuidv7(),
      projectId: id,
      indicator,
      target: Math.max(1, Math.round((delivered[indicator] / Math.max(elapsed, 0.25)) * p.pace)),
    }));
    // A project that has not started gets the standard station targets instead.
    await q()
      .insert(projectTargets)
      .values(
        targets.length
          ? targets
          : [
              { id: uuidv7(), projectId: id, indicator: 'person_times', target: 40000 },
              { id: uuidv7(), projectId: id, indicator: 'cases', target: 60 },
            ],
      );
    if (done?.elderly) {
      const elderly = Math.max(1, Math.round((done.elderly / Math.max(elapsed, 0.25)) * p.pace));
      await q()
        .insert(projectTargets)
        .values({ id: uuidv7(), projectId: id, indicator: 'people_in_category', categoryCode: 'elderly_alone', target: elderly });
    }
  }
  await q()
    .update(catalogueItems)
    .set({ status: 'in_progress' })
    .where(inArray(catalogueItems.id, [...catalogue.values()].slice(0, 2)));
  return { projects: PROJECTS.length };
}
