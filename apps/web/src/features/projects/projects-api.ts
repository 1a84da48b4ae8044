import type { Expenditure, ExpenditureCreate, Project, ProjectCreate, ProjectTransition, ProjectUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export type ProjectCreateBody = (typeof ProjectCreate)['_output'];
export type ExpenditureRow = (typeof Expenditure)['_output'];
export type TransitionBody = (typeof ProjectTransition)['_output'];

export function useProjects(filters: ApiQuery<'/api/projects'>) {
  return useQuery({
    queryKey: ['projects', 'list', filters],
    queryFn: () => api.get('/api/projects', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: ['projects', 'one', id],
    queryFn: () => api.get('/api/projects/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

export function useExpenditures(id: string) {
  return useQuery({
    queryKey: ['projects', 'expenditures', id],
    queryFn: () => api.get('/api/projects/{id}/expenditures', { params: { path: { id } } }),
  });
}

/** Projects feed the catalogue (bought items) and the dashboards, so those are refreshed too. */
function useInvalidate() {
  const client = useQueryClient();
  return (project?: Project) => {
    if (project) client.setQueryData(['projects', 'one', project.id], project);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['projects'] }),
      client.invalidateQueries({ queryKey: ['catalogue'] }),
      client.invalidateQueries({ queryKey: ['dashboards'] }),
    ]);
  };
}

export function useCreateProject() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ProjectCreateBody) => api.post('/api/projects', { body }), onSuccess: invalidate });
}

export function useUpdateProject() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProjectUpdate }) => api.patch('/api/projects/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** 推进: draft → contracted → in service → mid-term evaluated → final evaluated → closed. */
export function useAdvanceProject() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TransitionBody }) =>
      api.post('/api/projects/{id}/advance', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useRecordExpenditure() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ExpenditureCreate }) =>
      api.post('/api/projects/{id}/expenditures', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** The default of the setting, used only until a project shows the configured minimum. */
const DEFAULT_PERSONNEL_MINIMUM = 0.65;

/**
 * The personnel rule's minimum share (a server setting, 65 % in Guangzhou). Buyers cannot read
 * the settings, so it is taken from any project they can see.
 */
export function usePersonnelMinimum(): number {
  const one = useProjects({ page: 1, pageSize: 1 });
  return one.data?.items[0]?.budget.personnelPlanned.minimum ?? DEFAULT_PERSONNEL_MINIMUM;
}
