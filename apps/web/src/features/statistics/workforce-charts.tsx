import type { WorkforceStatistics } from '@shegong/contracts';
import { Card, Col, Empty, Flex, Row } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../app/components/echart.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

use([BarChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

const LEVELS = ['assistant', 'intermediate', 'senior'] as const;
const LEVEL_COLORS = ['#36cfc9', '#1677ff', '#722ed1'];
const grid = { left: 8, right: 16, bottom: 8, top: 40, containLabel: true };

/** The four charts of the statistics page: by level, by district and level, per 10,000 residents, organisations against the target. */
export function WorkforceCharts({ data }: { data: WorkforceStatistics }) {
  const t = useT();
  const options = useMemo(() => {
    const names = data.byDistrict.map((d) => d.name);
    const axis = { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } };
    const level = {
      color: LEVEL_COLORS,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['42%', '72%'],
          center: ['50%', '45%'],
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 600, fontSize: 14 },
          data: data.byLevel.map((l) => ({ name: t(`qualificationLevel.${l.level as (typeof LEVELS)[number]}`), value: l.workers })),
        },
      ],
    };
    const byDistrict = {
      color: [...LEVEL_COLORS, '#d9d9d9'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid,
      xAxis: axis,
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        ...LEVELS.map((l) => ({
          name: t(`qualificationLevel.${l}`),
          type: 'bar',
          stack: 'w',
          barMaxWidth: 28,
          data: data.byDistrict.map((d) => d[l]),
        })),
        {
          name: t('qualificationLevel.none'),
          type: 'bar',
          stack: 'w',
          barMaxWidth: 28,
          data: data.byDistrict.map((d) => Math.max(0, d.workers - d.certified)),
        },
      ],
    };
    const per10k = {
      color: ['#722ed1'],
      tooltip: { trigger: 'axis' },
      grid: { ...grid, top: 24 },
      xAxis: axis,
      yAxis: { type: 'value' },
      series: [
        {
          name: t('statistics.per10k'),
          type: 'bar',
          barMaxWidth: 28,
          data: data.byDistrict.map((d) => d.certifiedPer10k ?? 0),
          label: { show: true, position: 'top' },
        },
      ],
    };
    const organisations = {
      tooltip: { trigger: 'axis' },
      grid: { ...grid, top: 24 },
      xAxis: axis,
      yAxis: { type: 'value', minInterval: 1, max: (v: { max: number }) => Math.max(v.max, data.organisationTarget) + 1 },
      series: [
        {
          name: t('statistics.organisations'),
          type: 'bar',
          barMaxWidth: 28,
          data: data.byDistrict.map((d) => ({
            value: d.organisations,
            itemStyle: { color: d.meetsOrganisationTarget ? '#52c41a' : '#fa8c16' },
          })),
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#cf1322', type: 'dashed' },
            label: { formatter: t('statistics.target', { target: data.organisationTarget }), position: 'insideEndTop' },
            data: [{ yAxis: data.organisationTarget }],
          },
        },
      ],
    };
    return { level, byDistrict, per10k, organisations };
  }, [data, t]);

  const noPopulation = data.byDistrict.every((d) => d.certifiedPer10k === null);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card size="small" title={t('statistics.byLevel')} data-testid="chart-level">
          {data.totals.certified ? <EChart option={options.level} style={{ height: 300 }} /> : <Empty description={t('common.noData')} />}
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card size="small" title={t('statistics.byDistrict')} data-testid="chart-district">
          <EChart option={options.byDistrict} style={{ height: 300 }} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('statistics.per10kByDistrict')} data-testid="chart-per10k">
          {noPopulation ? (
            <Flex align="center" justify="center" style={{ height: 280 }}>
              <Empty description={t('statistics.noPopulation')} />
            </Flex>
          ) : (
            <EChart option={options.per10k} style={{ height: 280 }} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('statistics.organisationsByDistrict')} data-testid="chart-organisations">
          <EChart option={options.organisations} style={{ height: 280 }} />
        </Card>
      </Col>
    </Row>
  );
}
