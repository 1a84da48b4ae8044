import type { Dashboard } from '@shegong/contracts';
import dayjs from 'dayjs';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { axisStyle, barFill, barFillHorizontal, legendStyle, type Palette, tone } from './chart-palette.ts';

const STAGES = ['intake', 'assessment', 'plan', 'intervention', 'evaluation', 'closed', 'declined'] as const;
const KINDS = ['case_visit', 'case_service', 'group_session', 'activity', 'imported'] as const;
type Stage = (typeof STAGES)[number];
type Kind = (typeof KINDS)[number];

/** Every month of the year up to now (all twelve for a past year), with zeros where nothing was recorded. */
export function monthsOf(d: Dashboard) {
  const now = dayjs();
  const last = d.year < now.year() ? 12 : d.year === now.year() ? now.month() + 1 : 0;
  const byMonth = new Map(d.personTimesByMonth.map((m) => [m.month, m]));
  return Array.from({ length: last }, (_, i) => {
    const key = `${d.year}-${String(i + 1).padStart(2, '0')}`;
    return { month: key, personTimes: byMonth.get(key)?.personTimes ?? 0, peopleServed: byMonth.get(key)?.peopleServed ?? 0 };
  });
}

/** 月度服务人次: person-times as bars, people served as a line on the second axis. */
export function monthOption(d: Dashboard, t: TFunction, p: Palette, locale: string) {
  const rows = monthsOf(d);
  const axis = axisStyle(p);
  return {
    color: [tone(p, 0), tone(p, 2)],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...p.tooltip },
    legend: { top: 0, ...legendStyle(p) },
    grid: { left: 8, right: 8, bottom: 4, top: p.dark ? 44 : 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => dayjs(`${r.month}-01`).format(locale === 'zh-CN' ? 'M月' : 'MMM')),
      ...axis,
      splitLine: { show: false },
    },
    yAxis: [
      { type: 'value', minInterval: 1, ...axis },
      { type: 'value', minInterval: 1, ...axis, splitLine: { show: false } },
    ],
    series: [
      {
        name: t('indicator.person_times'),
        type: 'bar',
        barMaxWidth: p.dark ? 26 : 22,
        data: rows.map((r) => r.personTimes),
        itemStyle: { color: barFill(p, tone(p, 0)), borderRadius: [3, 3, 0, 0] },
      },
      {
        name: t('indicator.people_served'),
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        symbolSize: p.dark ? 8 : 6,
        lineStyle: { width: p.dark ? 3 : 2 },
        data: rows.map((r) => r.peopleServed),
        areaStyle: p.dark ? { color: `${tone(p, 2)}22` } : undefined,
      },
    ],
  };
}

/** 重点群体服务人数: one horizontal bar per vulnerable-group category, largest at the top. */
export function categoryOption(d: Dashboard, t: TFunction, p: Palette) {
  const rows = [...d.peopleByCategory].sort((a, b) => a.people - b.people);
  const axis = axisStyle(p);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...p.tooltip },
    grid: { left: 8, right: 40, bottom: 4, top: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, ...axis },
    yAxis: { type: 'category', data: rows.map((r) => r.name), ...axis, axisLabel: { color: p.text, fontSize: p.font, interval: 0 } },
    series: [
      {
        name: t('dashboard.peopleByCategory'),
        type: 'bar',
        barMaxWidth: p.dark ? 16 : 18,
        data: rows.map((r) => r.people),
        label: { show: true, position: 'right', color: p.text, fontSize: p.font },
        itemStyle: { color: barFillHorizontal(p, tone(p, p.dark ? 3 : 4)), borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
}

/** 个案阶段分布: a ring of the cases by stage, in the order of the case workflow. */
export function stageOption(d: Dashboard, t: TFunction, p: Palette) {
  const count = new Map(d.casesByStage.map((s) => [s.stage, s.cases]));
  const known = STAGES.filter((s) => count.get(s)).map((s) => ({ name: t(`case.stage.${s as Stage}`), value: count.get(s) ?? 0 }));
  const other = d.casesByStage.filter((s) => !STAGES.includes(s.stage as Stage)).map((s) => ({ name: s.stage, value: s.cases }));
  return {
    color: p.colors,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)', ...p.tooltip },
    legend: p.dark ? { orient: 'vertical', right: 0, top: 'middle', ...legendStyle(p) } : { bottom: 0, ...legendStyle(p) },
    series: [
      {
        type: 'pie',
        radius: p.dark ? ['42%', '70%'] : ['38%', '62%'],
        center: p.dark ? ['38%', '50%'] : ['50%', '44%'],
        itemStyle: { borderColor: p.dark ? '#071a3d' : '#fff', borderWidth: 2 },
        label: { formatter: '{c}', color: p.text, fontSize: p.font },
        data: [...known, ...other],
      },
    ],
  };
}

/** 服务类型人次: person-times by kind of service (case visits, groups, activities, imported ledgers). */
export function kindOption(d: Dashboard, t: TFunction, p: Palette) {
  const label = (k: string) => (KINDS.includes(k as Kind) ? t(`ledger.kind.${k as Kind}`) : k);
  const rows = [...d.byKind].sort((a, b) => b.personTimes - a.personTimes);
  const axis = axisStyle(p);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...p.tooltip },
    grid: { left: 8, right: 8, bottom: 4, top: 28, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => label(r.kind)), ...axis, axisLabel: { color: p.text, fontSize: p.font, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, ...axis },
    series: [
      {
        name: t('indicator.person_times'),
        type: 'bar',
        barMaxWidth: 36,
        data: rows.map((r, i) => ({ value: r.personTimes, itemStyle: { color: barFill(p, tone(p, i)) } })),
        label: { show: true, position: 'top', color: p.text, fontSize: p.font },
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
