import type { Dashboard } from '@shegong/contracts';
import { Col, Flex, Row, Statistic } from 'antd';
import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { EChart } from '../../app/components/echart.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { pct, shortMoney } from '../projects/project-labels.tsx';
import { ChartCard } from './chart-card.tsx';
import { categoryOption, kindOption, monthOption, stageOption } from './chart-options.ts';
import { budgetOption, coverageOption } from './chart-options-more.ts';
import { LIGHT } from './chart-palette.ts';
import { ChildrenPanel } from './children-panel.tsx';
import type { DashboardChart, DashboardParams } from './dashboards-api.ts';
import { ProjectProgressTable } from './project-progress-table.tsx';

use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Child = Dashboard['children'][number];
type Props = { data: Dashboard; params: DashboardParams; onPick: (child: Child) => void };

/** The charts of a dashboard, each in a card with its Excel export. */
export function DashboardCharts({ data: d, params, onPick }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const o = useMemo(
    () => ({
      month: monthOption(d, t, LIGHT, locale),
      category: categoryOption(d, t, LIGHT),
      stage: stageOption(d, t, LIGHT),
      kind: kindOption(d, t, LIGHT),
      budget: budgetOption(d, t, LIGHT),
      coverage: coverageOption(d, t, LIGHT),
    }),
    [d, t, locale],
  );
  const card = (chart: DashboardChart) => ({
    chart,
    params,
    fileName: `${d.scope.name}-${t(`dashboard.${chart}`)}-${d.year}.xlsx`,
    testId: `chart-${chart}`,
  });
  const p = d.projects;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <ChartCard title={t('dashboard.personTimesByMonth')} {...card('personTimesByMonth')} empty={!d.personTimesByMonth.length}>
          <EChart option={o.month} style={{ height: 300 }} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={8}>
        <ChartCard title={t('dashboard.casesByStage')} {...card('casesByStage')} empty={!d.casesByStage.length}>
          <EChart option={o.stage} style={{ height: 300 }} />
        </ChartCard>
      </Col>
      {d.children.length ? (
        <Col xs={24}>
          <ChartCard title={t('dashboard.children')} {...card('children')}>
            <ChildrenPanel data={d} onPick={onPick} />
          </ChartCard>
        </Col>
      ) : null}
      <Col xs={24} lg={12} xl={9}>
        <ChartCard title={t('dashboard.peopleByCategory')} {...card('peopleByCategory')} empty={!d.peopleByCategory.length}>
          <EChart option={o.category} style={{ height: 300 }} />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12} xl={8}>
        <ChartCard title={t('dashboard.byKind')} {...card('byKind')} empty={!d.byKind.length}>
          <EChart option={o.kind} style={{ height: 300 }} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={7}>
        <ChartCard title={t('dashboards.coverage')} params={params} fileName="" testId="chart-coverage">
          <EChart option={o.coverage} style={{ height: 300 }} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={14}>
        <ChartCard title={t('dashboard.projects')} {...card('projects')}>
          <Flex gap={32} wrap style={{ marginBottom: 8 }}>
            <Statistic title={t('dashboards.projectsTotal')} value={p.total} />
            <Statistic
              title={t('dashboards.projectsBehind')}
              value={p.behind}
              styles={{ content: { color: p.behind ? '#cf1322' : undefined } }}
            />
            <Statistic
              title={t('dashboards.projectsPersonnelBelow')}
              value={p.personnelBelow}
              styles={{ content: { color: p.personnelBelow ? '#cf1322' : undefined } }}
            />
          </Flex>
          <ProjectProgressTable items={p.items} />
        </ChartCard>
      </Col>
      <Col xs={24} xl={10}>
        <ChartCard title={t('dashboards.budget')} {...card('projects')} testId="chart-budget" empty={!p.items.length}>
          <Flex gap={32} wrap style={{ marginBottom: 4 }}>
            <Statistic title={t('dashboards.contract')} value={shortMoney(p.contract, locale)} />
            <Statistic title={t('dashboards.spent')} value={shortMoney(p.spent, locale)} />
            <Statistic title={t('dashboards.executionRate')} value={pct(p.contract ? p.spent / p.contract : null)} />
          </Flex>
          <EChart option={o.budget} style={{ height: Math.max(200, 60 + p.items.length * 44) }} />
        </ChartCard>
      </Col>
    </Row>
  );
}
