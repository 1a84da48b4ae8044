import { ProjectListQuery } from '@shegong/contracts';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
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
    <ListPage
      title={t('menu.projects')}
      subtitle={t('projects.subtitle')}
      create={can('project.manage') && { label: t('projects.create'), onClick: () => setOpen(true), testId: 'project-create' }}
      filters={<ProjectFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <ProjectTable {...table} />}
    >
      <ProjectDrawer open={open} onClose={() => setOpen(false)} onSaved={(project) => navigate(`/projects/${project.id}`)} />
    </ListPage>
  );
}
