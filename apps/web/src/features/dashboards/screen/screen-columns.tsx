import type { Dashboard } from '@shegong/contracts';
import { useMemo } from 'react';
import { EChart } from '../../../app/components/echart.tsx';
import { useLocale, useT } from '../../../app/i18n/i18n-context.tsx';
import { pct, shortMoney } from '../../projects/project-labels.tsx';
import { categoryOption, kindOption, monthOption, stageOption } from '../chart-options.ts';
import { budgetOption, childrenOption, coverageOption, progressOption, sortedChildren } from '../chart-options-more.ts';
import { DARK } from '../chart-palette.ts';
import { BehindList } from './behind-list.tsx';
import { ScreenPanel } from './screen-panel.tsx';

type Child = Dashboard['children'][number];
type Props = { data: Dashboard; onPick: (child: Child) => void };

function Empty() {
  const t = useT();
  return <div className="sg-screen-empty">{t('common.noData')}</div>;
}

/** The three columns of the wall display: services over time and by group, the areas and projects, cases and coverage. */
export function ScreenColumns({ data: d, onPick }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const o = useMemo(
    () => ({
      month: monthOption(d, t, DARK, locale),
      category: categoryOption(d, t, DARK),
      kind: kindOption(d, t, DARK),
      stage: stageOption(d, t, DARK),
      children: childrenOption(d, t, DARK),
      budget: budgetOption(d, t, DARK),
      coverage: coverageOption(d, t, DARK),
      progress: progressOption(d, t, DARK),
    }),
    [d, t, locale],
  );
  const p = d.projects;
  const stationView = d.scope.kind === 'station';
  const pick = (index: number) => {
    const child = sortedChildren(d)[index];
    if (child) onPick(child);
  };
  return (
    <main className="sg-screen-body">
      <div className="sg-screen-col">
        <ScreenPanel title={t('dashboard.personTimesByMonth')} height={276} testId="screen-month">
          {d.personTimesByMonth.length ? <EChart option={o.month} style={{ height: '100%' }} /> : <Empty />}
        </ScreenPanel>
        <ScreenPanel title={t('dashboard.peopleByCategory')} height={290} testId="screen-category">
          {d.peopleByCategory.length ? <EChart option={o.category} style={{ height: '100%' }} /> : <Empty />}
        </ScreenPanel>
        <ScreenPanel title={t('dashboard.byKind')} height={226} testId="screen-kind">
          {d.byKind.length ? <EChart option={o.kind} style={{ height: '100%' }} /> : <Empty />}
        </ScreenPanel>
      </div>
      <div className="sg-screen-col is-wide">
        <ScreenPanel title={t('screen.projectsOverview')} height={138} testId="screen-projects">
          <div className="sg-screen-project-figures">
            <Figure label={t('dashboards.projectsTotal')} value={String(p.total)} />
            <Figure label={t('dashboards.projectsBehind')} value={String(p.behind)} alert={p.behind > 0} />
            <Figure label={t('dashboards.projectsPersonnelBelow')} value={String(p.personnelBelow)} alert={p.personnelBelow > 0} />
            <Figure label={t('dashboards.contract')} value={shortMoney(p.contract, locale)} />
            <Figure label={t('dashboards.spent')} value={shortMoney(p.spent, locale)} />
            <Figure label={t('dashboards.executionRate')} value={pct(p.contract ? p.spent / p.contract : null)} />
          </div>
        </ScreenPanel>
        <ScreenPanel title={stationView ? t('dashboard.projects') : t('dashboard.children')} height={380} testId="screen-children">
          {stationView ? (
            p.items.length ? (
              <EChart option={o.progress} style={{ height: '100%' }} />
            ) : (
              <Empty />
            )
          ) : d.children.length ? (
            <EChart option={o.children} style={{ height: '100%' }} onClick={(e) => pick(e.dataIndex)} />
          ) : (
            <Empty />
          )}
        </ScreenPanel>
        <ScreenPanel title={t('dashboards.budget')} height={274} testId="screen-budget">
          {p.items.length ? <EChart option={o.budget} style={{ height: '100%' }} /> : <Empty />}
        </ScreenPanel>
      </div>
      <div className="sg-screen-col">
        <ScreenPanel title={t('dashboard.casesByStage')} height={262} testId="screen-stage">
          {d.casesByStage.length ? <EChart option={o.stage} style={{ height: '100%' }} /> : <Empty />}
        </ScreenPanel>
        <ScreenPanel title={t('dashboards.coverage')} height={214} testId="screen-coverage">
          <EChart option={o.coverage} style={{ height: '100%' }} />
        </ScreenPanel>
        <ScreenPanel
          title={t('screen.behindTitle')}
          extra={t('screen.behindCount', { count: p.behind })}
          height={316}
          testId="screen-behind"
        >
          <BehindList items={p.items} />
        </ScreenPanel>
      </div>
    </main>
  );
}

function Figure({ label, value, alert }: { label: string; value: string; alert?: boolean }) {
  return (
    <div className={alert ? 'sg-screen-figure is-alert' : 'sg-screen-figure'}>
      <div className="sg-screen-figure-value">{value}</div>
      <div className="sg-screen-figure-label">{label}</div>
    </div>
  );
}
