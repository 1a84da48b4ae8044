import type { Dashboard } from '@shegong/contracts';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { axisStyle, barFill, barFillHorizontal, legendStyle, type Palette, tone } from './chart-palette.ts';

/** 下级区域/站点: person-times and people served of each child region (or station); a click drills into it. */
export function childrenOption(d: Dashboard, t: TFunction, p: Palette) {
  const rows = sortedChildren(d);
  const axis = axisStyle(p);
  const many = rows.length > 6;
  return {
    color: [tone(p, 0), tone(p, p.dark ? 2 : 1)],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, ...p.tooltip },
    legend: { top: 0, ...legendStyle(p) },
    grid: { left: 8, right: 8, bottom: 4, top: p.dark ? 44 : 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      ...axis,
      axisLabel: { color: p.text, fontSize: p.font, interval: 0, rotate: many ? 30 : 0, width: 110, overflow: 'truncate' },
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
        barMaxWidth: 28,
        cursor: 'pointer',
        data: rows.map((r) => r.personTimes),
        itemStyle: { color: barFill(p, tone(p, 0)), borderRadius: [3, 3, 0, 0] },
        emphasis: { focus: 'series' },
      },
      {
        name: t('indicator.people_served'),
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 28,
        cursor: 'pointer',
        data: rows.map((r) => r.peopleServed),
        itemStyle: { color: barFill(p, tone(p, p.dark ? 2 : 1)), borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}

/** Children with the busiest first, as the chart and the table show them. */
export function sortedChildren(d: Dashboard) {
  return [...d.children].sort((a, b) => b.personTimes - a.personTimes || b.stations - a.stations);
}

/** 预算执行: each project's share of budget spent against the share of its period gone by. */
export function budgetOption(d: Dashboard, t: TFunction, p: Palette) {
  const rows = [...d.projects.items].reverse();
  const axis = axisStyle(p);
  const percent = (v: number | null) => Math.round((v ?? 0) * 1000) / 10;
  return {
    color: [tone(p, 4), p.dark ? '#7ea6d8' : '#bfbfbf'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%`, ...p.tooltip },
    legend: { top: 0, ...legendStyle(p) },
    grid: { left: 8, right: 44, bottom: 4, top: p.dark ? 40 : 32, containLabel: true },
    xAxis: { type: 'value', max: 100, ...axis, axisLabel: { ...axis.axisLabel, formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      ...axis,
      axisLabel: { color: p.text, fontSize: p.font, width: p.dark ? 200 : 180, overflow: 'truncate' },
    },
    series: [
      {
        name: t('dashboards.executionRate'),
        type: 'bar',
        barMaxWidth: 12,
        data: rows.map((r) => percent(r.executionRate)),
        label: { show: true, position: 'right', formatter: '{c}%', color: p.text, fontSize: p.font - 1 },
        itemStyle: { color: barFillHorizontal(p, tone(p, 4)), borderRadius: [0, 3, 3, 0] },
      },
      {
        name: t('dashboards.elapsed'),
        type: 'bar',
        barMaxWidth: 12,
        data: rows.map((r) => percent(r.elapsed)),
        itemStyle: { color: p.dark ? 'rgba(126, 166, 216, 0.55)' : '#d9d9d9', borderRadius: [0, 3, 3, 0] },
      },
    ],
  };
}

/** 覆盖率: towns with a station and communities with a service point, as two gauges. */
export function coverageOption(d: Dashboard, t: TFunction, p: Palette) {
  const c = d.coverage;
  const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);
  const gauge = (center: string, value: number, name: string, color: string) => ({
    type: 'gauge',
    center: [center, p.dark ? '58%' : '50%'],
    radius: p.dark ? '78%' : '44%',
    startAngle: 210,
    endAngle: -30,
    min: 0,
    max: 100,
    progress: { show: true, width: p.dark ? 14 : 12, roundCap: true, itemStyle: { color } },
    axisLine: { lineStyle: { width: p.dark ? 14 : 12, color: [[1, p.dark ? 'rgba(64,128,255,0.16)' : '#f0f0f0']] } },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    anchor: { show: false },
    title: { offsetCenter: [0, '62%'], color: p.muted, fontSize: p.font },
    detail: { offsetCenter: [0, '8%'], formatter: '{value}%', color: p.dark ? color : p.text, fontSize: p.dark ? 30 : 24, fontWeight: 600 },
    data: [{ value, name }],
  });
  return {
    tooltip: { ...p.tooltip },
    series: [
      gauge('25%', rate(c.townsCovered, c.towns), t('dashboards.townsCovered', { covered: c.townsCovered, total: c.towns }), tone(p, 0)),
      gauge(
        '75%',
        rate(c.communitiesCovered, c.communities),
        t('dashboards.communitiesCovered', { covered: c.communitiesCovered, total: c.communities }),
        tone(p, p.dark ? 3 : 1),
      ),
    ],
  };
}

/** 项目进度: each project's lowest target delivered against the share of its period gone by. */
export function progressOption(d: Dashboard, t: TFunction, p: Palette) {
  const base = budgetOption(d, t, p);
  const rows = [...d.projects.items].reverse();
  const percent = (v: number) => Math.round(v * 1000) / 10;
  return {
    ...base,
    color: [tone(p, 0), p.dark ? '#7ea6d8' : '#bfbfbf'],
    xAxis: { ...base.xAxis, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    series: [
      {
        ...base.series[0],
        name: t('dashboards.delivery'),
        data: rows.map((r) => ({ value: percent(r.progress), itemStyle: r.pace === 'behind' ? { color: '#ff4d4f' } : undefined })),
        itemStyle: { color: barFillHorizontal(p, tone(p, 0)), borderRadius: [0, 3, 3, 0] },
      },
      base.series[1],
    ],
  };
}
