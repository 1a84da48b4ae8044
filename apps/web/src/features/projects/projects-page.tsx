import { PlusOutlined } from '@ant-design/icons';
import { ProjectListQuery } from '@shegong/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ProjectDrawer } from './project-drawer.tsx';
import { ProjectFilters } from './project-filters.tsx';
import { ProjectTable } from './project-table.tsx';
import { useProjects } from './projects-api.ts';

/** 购买服务项目: a buyer sees the projects it buys, a provider those it runs, each with live pace and the personnel rule. */
export function ProjectsPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { params, setFilters, setPage, reset } = useListParams(ProjectListQuery);
  const list = useProjects(params);
  const [open, setOpen] = useState(false);

  return (
    <>
      <PageHeader
        title={t('menu.projects')}
        subtitle={t('projects.subtitle')}
        extra={
          can('project.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="project-create">
              {t('projects.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <ProjectFilters value={params} onChange={setFilters} onReset={reset} />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ProjectTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
          />
        )}
      </Card>
      <ProjectDrawer open={open} onClose={() => setOpen(false)} onSaved={(project) => navigate(`/projects/${project.id}`)} />
    </>
  );
}
