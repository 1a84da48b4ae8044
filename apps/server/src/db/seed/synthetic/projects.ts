import { pinyinKeys, uuidv7 } from '@shegong/core';
import type { seededRandom } from '../demo-random.ts';
import { bulkInsert, type Progress } from './bulk.ts';
import type { Network } from './network.ts';
import { col } from './people.ts';

type Random = ReturnType<typeof seededRandom>;

/** One contract per town station and year, with four budget lines, monthly spending and standard targets. */
export async function buildProjects(random: Random, years: number[], today: string, network: Network, progress: Progress): Promise<void> {
  const projects: unknown[][] = [];
  const links: unknown[][] = [];
  const lines: unknown[][] = [];
  const spending: unknown[][] = [];
  const targets: unknown[][] = [];
  let seq = 0;
  for (const year of years) {
    for (const station of network.stations.filter((s) => s.tier === 'town_station')) {
      const id = uuidv7();
      const name = `${station.regionCode.slice(0, 9)} 社工站服务项目（${year}年度）`;
      const keys = pinyinKeys('社工站服务项目');
      const current = year === Number(today.slice(0, 4));
      projects.push([
        id,
        `SYN${year}-${String(++seq).padStart(5, '0')}`,
        name,
        keys.full,
        keys.initials,
        station.regionCode,
        '镇街购买方',
        station.organisationId,
        `${year}-01-01`,
        `${year}-12-31`,
        '2400000.00',
        current ? 'in_service' : 'closed',
      ]);
      links.push([id, station.id]);
      const personnel = random.chance(0.1) ? 0.58 : 0.68;
      const plan: [string, string, number][] = [
        ['personnel', '人员薪酬', 2400000 * personnel],
        ['activities', '活动费用', 2400000 * (1 - personnel) * 0.6],
        ['supervision', '督导费用', 2400000 * (1 - personnel) * 0.2],
        ['administration', '行政费用', 2400000 * (1 - personnel) * 0.2],
      ];
      const months = current ? Number(today.slice(5, 7)) - 1 : 12;
      for (const [category, label, amount] of plan) {
        const lineId = uuidv7();
        lines.push([lineId, id, category, label, amount.toFixed(2)]);
        for (let m = 1; m <= months; m++)
          spending.push([uuidv7(), id, lineId, `${year}-${String(m).padStart(2, '0')}-25`, (amount / 12).toFixed(2), `${m} 月${label}`]);
      }
      for (const [indicator, target] of [
        ['person_times', 20000],
        ['cases', 150],
        ['group_sessions', 80],
        ['activities', 40],
      ] as const)
        targets.push([uuidv7(), id, indicator, target]);
    }
  }
  await bulkInsert(
    'projects',
    [
      'id:uuid',
      'code:text',
      'name:text',
      'name_pinyin:text',
      'name_initials:text',
      'region_code:varchar',
      'buyer_name:text',
      'organisation_id:uuid',
      'starts_on:date',
      'ends_on:date',
      'contract_amount:numeric',
      'status:text',
    ].map(col),
    projects,
  );
  await bulkInsert('project_stations', ['project_id:uuid', 'station_id:uuid'].map(col), links);
  await bulkInsert('budget_lines', ['id:uuid', 'project_id:uuid', 'category:text', 'name:text', 'amount:numeric'].map(col), lines);
  await bulkInsert(
    'expenditures',
    ['id:uuid', 'project_id:uuid', 'budget_line_id:uuid', 'spent_on:date', 'amount:numeric', 'description:text'].map(col),
    spending,
  );
  await bulkInsert('project_targets', ['id:uuid', 'project_id:uuid', 'indicator:text', 'target:int4'].map(col), targets);
  progress.add('projects + budgets + spending', projects.length + links.length + lines.length + spending.length + targets.length);
}
