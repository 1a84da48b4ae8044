import type { PresenceHistory } from '@shegong/contracts';
import { Empty, Skeleton } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../app/components/echart.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { percentOf } from './weekly-rollup.tsx';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Compliance rate over recent weeks (line) with the communities below the requirement (bars). */
export function ComplianceTrend({ history, loading }: { history: PresenceHistory | undefined; loading: boolean }) {
  const t = useT();
  const option = useMemo(() => {
    const totals = history?.totals ?? [];
    return {
      color: ['#ff7875', '#1677ff'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: totals.map((w) => w.week.slice(5)) },
      yAxis: [
        { type: 'value', minInterval: 1, name: t('presence.below') },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { name: t('presence.below'), type: 'bar', barMaxWidth: 22, data: totals.map((w) => w.below) },
        {
          name: t('presence.rate'),
          type: 'line',
          yAxisIndex: 1,
          smooth: true,
          symbolSize: 7,
          data: totals.map((w) => percentOf(w.compliant, w.assigned)),
        },
      ],
    };
  }, [history, t]);
  if (loading) return <Skeleton active />;
  if (!history || history.totals.every((w) => w.assigned === 0)) return <Empty description={t('common.noData')} />;
  return <EChart option={option} style={{ height: 260 }} />;
}
