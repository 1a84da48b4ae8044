import type {
  Expenditure,
  ExpenditureCreate,
  Project,
  ProjectCreate,
  ProjectSummary,
  ProjectTransition,
  ProjectUpdate,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type ProjectFilters = {
  page: number;
  pageSize: number;
  q?: string;
  status?: string;
  regionCode?: string;
  organisationId?: string;
  stationId?: string;
  pace?: string;
  personnelBelow?: string;
};

export type ProjectCreateBody = (typeof ProjectCreate)['_output'];
export type ExpenditureRow = (typeof Expenditure)['_output'];
export type TransitionBody = (typeof ProjectTransition)['_output'];

export function useProjects(filters: ProjectFilters) {
  return useQuery({
    queryKey: ['projects', 'list', filters],
    queryFn: () => api.get<Page<ProjectSummary>>('/projects', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string | undefined) {
  return useQuery({ queryKey: ['projects', 'one', id], queryFn: () => api.get<Project>(`/projects/${id}`), enabled: Boolean(id) });
}

export function useExpenditures(id: string) {
  return useQuery({ queryKey: ['projects', 'expenditures', id], queryFn: () => api.get<ExpenditureRow[]>(`/projects/${id}/expenditures`) });
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
  return useMutation({ mutationFn: (body: ProjectCreateBody) => api.post<Project>('/projects', body), onSuccess: invalidate });
}

export function useUpdateProject() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProjectUpdate }) => api.patch<Project>(`/projects/${id}`, body),
    onSuccess: invalidate,
  });
}

/** 推进: draft → contracted → in service → mid-term evaluated → final evaluated → closed. */
export function useAdvanceProject() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TransitionBody }) => api.post<Project>(`/projects/${id}/advance`, body),
    onSuccess: invalidate,
  });
}

export function useRecordExpenditure() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ExpenditureCreate }) => api.post<Project>(`/projects/${id}/expenditures`, body),
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
