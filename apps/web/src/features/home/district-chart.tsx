import type { HomeSummary } from '@shegong/contracts';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../app/components/echart.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

// Only the pieces this chart needs, so the echarts chunk stays small.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function DistrictChart({ rows, height = 340 }: { rows: HomeSummary['byDistrict']; height?: number }) {
  const t = useT();
  const option = useMemo(
    () => ({
      color: ['#1677ff', '#52c41a', '#fa8c16'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('home.stations'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => r.stations) },
        { name: t('home.servicePoints'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => r.servicePoints) },
        { name: t('home.organisations'), type: 'bar', barMaxWidth: 28, data: rows.map((r) => r.organisations) },
      ],
    }),
    [rows, t],
  );
  return <EChart option={option} style={{ height }} />;
}
