import type {
  CaseCreate,
  CaseDetail,
  CaseNote,
  CaseNoteInput,
  CaseNoteUpdate,
  CaseSummary,
  Referral,
  ReferralAccept,
  ReferralCreate,
  SupervisionOverview,
  TodayTasks,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type CaseFilters = {
  page: number;
  pageSize: number;
  q?: string;
  stage?: string;
  approval?: string;
  workerId?: string;
  stationId?: string;
  clientId?: string;
  riskLevel?: string;
  overdue?: string;
};

export function useCases(filters: CaseFilters, enabled = true) {
  return useQuery({
    queryKey: ['cases', 'list', filters],
    queryFn: () => api.get<Page<CaseSummary>>('/cases', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One case with goals, events and notes; the read is audited by the server. */
export function useCase(id: string | undefined) {
  return useQuery({ queryKey: ['cases', 'one', id], queryFn: () => api.get<CaseDetail>(`/cases/${id}`), enabled: Boolean(id) });
}

/** A case changes the client's timeline, the ledger and everyone's follow-ups. */
export function useInvalidateCases() {
  const client = useQueryClient();
  return () =>
    Promise.all(['cases', 'clients', 'tasks', 'referrals', 'ledger'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

export function useCreateCase() {
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (body: CaseCreate) => api.post<CaseDetail>('/cases', body), onSuccess: invalidate });
}

/** The workflow steps, one route each: assessment, plan, plan/approve, plan/return, evaluation, closure … */
export type CaseStepPath =
  | 'assessment'
  | 'plan'
  | 'plan/approve'
  | 'plan/return'
  | 'evaluation'
  | 'closure'
  | 'closure/approve'
  | 'closure/return'
  | 'decline'
  | 'reopen';

export function useCaseStep() {
  const client = useQueryClient();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, step, body }: { id: string; step: CaseStepPath; body: unknown }) =>
      api.post<CaseDetail>(`/cases/${id}/${step}`, body),
    onSuccess: (detail) => {
      client.setQueryData(['cases', 'one', detail.id], detail);
      return invalidate();
    },
  });
}

export function useAddNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: CaseNoteInput }) => api.post<CaseNote>(`/cases/${caseId}/notes`, body),
    onSuccess: invalidate,
  });
}

export function useUpdateNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CaseNoteUpdate }) => api.patch<CaseNote>(`/case-notes/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (note: Pick<CaseNote, 'id' | 'version'>) => api.delete(`/case-notes/${note.id}`, { version: note.version }),
    onSuccess: invalidate,
  });
}

export type ReferralFilters = { page: number; pageSize: number; direction?: string; status?: string; caseId?: string };

export function useReferrals(filters: ReferralFilters, enabled = true) {
  return useQuery({
    queryKey: ['referrals', 'list', filters],
    queryFn: () => api.get<Page<Referral>>('/referrals', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReferCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: ReferralCreate }) => api.post<Referral>(`/cases/${caseId}/referrals`, body),
    onSuccess: invalidate,
  });
}

export function useRespondReferral() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, accept, body }: { id: string; accept: boolean; body: ReferralAccept | { comment: string } }) =>
      api.post<Referral>(`/referrals/${id}/${accept ? 'accept' : 'reject'}`, body),
    onSuccess: invalidate,
  });
}

export function useTodayTasks() {
  return useQuery({ queryKey: ['tasks', 'today'], queryFn: () => api.get<TodayTasks>('/tasks/today'), staleTime: 10_000 });
}

export function useSupervision(enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'supervision'],
    queryFn: () => api.get<SupervisionOverview>('/tasks/supervision'),
    enabled,
    staleTime: 10_000,
  });
}
