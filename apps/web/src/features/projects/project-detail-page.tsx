import { Badge, Card, Flex, Skeleton, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { BudgetTab } from './budget-tab.tsx';
import { DocumentsTab } from './documents-tab.tsx';
import { ExpendituresTab } from './expenditures-tab.tsx';
import { ProjectHeader } from './project-header.tsx';
import { ProjectKpis } from './project-kpis.tsx';
import { useProject } from './projects-api.ts';
import { TargetsTab } from './targets-tab.tsx';

const TABS = ['targets', 'budget', 'expenditures', 'documents'] as const;

/** One purchased project: status flow, targets against time, budget execution with the personnel rule, spending, files. */
export function ProjectDetailPage() {
  const t = useT();
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const project = useProject(id);
  const tab = TABS.find((k) => k === search.get('tab')) ?? 'targets';

  if (project.isError) return <ErrorResult error={project.error} onRetry={() => project.refetch()} />;
  const p = project.data;
  if (!p) return <Skeleton active paragraph={{ rows: 12 }} />;

  const behind = p.targets.filter((x) => x.pace === 'behind').length;
  const warn = (count: number, label: string) =>
    count ? (
      <Badge count={count} size="small" offset={[8, -2]}>
        {label}
      </Badge>
    ) : (
      label
    );
  return (
    <Flex vertical gap={16} data-testid="project-detail">
      <ProjectHeader project={p} />
      <ProjectKpis project={p} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key }, { replace: true })}
          items={[
            { key: 'targets', label: warn(behind, t('projects.tabTargets')), children: <TargetsTab project={p} /> },
            {
              key: 'budget',
              label: warn(Number(p.budget.personnelActual.isBelow || p.budget.personnelPlanned.isBelow), t('projects.tabBudget')),
              children: <BudgetTab project={p} />,
            },
            { key: 'expenditures', label: t('projects.tabExpenditures'), children: <ExpendituresTab project={p} /> },
            { key: 'documents', label: t('projects.tabDocuments'), children: <DocumentsTab project={p} /> },
          ]}
          destroyOnHidden
          data-testid="project-tabs"
        />
      </Card>
    </Flex>
  );
}
