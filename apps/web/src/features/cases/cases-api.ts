import type {
  CaseCreate,
  CaseListQuery,
  CaseNote,
  CaseNoteInput,
  CaseNoteUpdate,
  ReferralAccept,
  ReferralCreate,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiBody, type ApiQuery, api } from '../../app/api/client.ts';

/**
 * Cases matching the filters. The contract reads `overdue` as a flag, so the filters as parsed
 * from the URL hold a boolean; the query sends it back as the 'true' the server reads.
 */
export function useCases(filters: CaseListQuery, enabled = true) {
  const query: ApiQuery<'/api/cases'> = {
    ...filters,
    overdue: filters.overdue === undefined ? undefined : filters.overdue ? 'true' : 'false',
  };
  return useQuery({
    queryKey: ['cases', 'list', query],
    queryFn: () => api.get('/api/cases', { params: { query } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One case with goals, events and notes; the read is audited by the server. */
export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: () => api.get('/api/cases/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

/** A case changes the client's timeline, the ledger and everyone's follow-ups. */
export function useInvalidateCases() {
  const client = useQueryClient();
  return () =>
    Promise.all(['cases', 'clients', 'tasks', 'referrals', 'ledger'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

export function useCreateCase() {
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (body: CaseCreate) => api.post('/api/cases', { body }), onSuccess: invalidate });
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

/** The body each step takes, as the server's document declares it. */
export type CaseStepBody = ApiBody<`/api/cases/{id}/${CaseStepPath}`, 'post'>;

export function useCaseStep() {
  const client = useQueryClient();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, step, body }: { id: string; step: CaseStepPath; body: CaseStepBody }) =>
      api.post(`/api/cases/{id}/${step}`, { params: { path: { id } }, body }),
    onSuccess: (detail) => {
      client.setQueryData(['cases', 'one', detail.id], detail);
      return invalidate();
    },
  });
}

export function useAddNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: CaseNoteInput }) =>
      api.post('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body }),
    onSuccess: invalidate,
  });
}

export function useUpdateNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CaseNoteUpdate }) =>
      api.patch('/api/case-notes/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteNote() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (note: Pick<CaseNote, 'id' | 'version'>) =>
      api.delete('/api/case-notes/{id}', { params: { path: { id: note.id }, query: { version: note.version } } }),
    onSuccess: invalidate,
  });
}

export function useReferrals(filters: ApiQuery<'/api/referrals'>, enabled = true) {
  return useQuery({
    queryKey: ['referrals', 'list', filters],
    queryFn: () => api.get('/api/referrals', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReferCase() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, body }: { caseId: string; body: ReferralCreate }) =>
      api.post('/api/cases/{id}/referrals', { params: { path: { id: caseId } }, body }),
    onSuccess: invalidate,
  });
}

export function useRespondReferral() {
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, accept, body }: { id: string; accept: boolean; body: ReferralAccept | { comment: string } }) =>
      accept
        ? api.post('/api/referrals/{id}/accept', { params: { path: { id } }, body: body as ReferralAccept })
        : api.post('/api/referrals/{id}/reject', { params: { path: { id } }, body: body as { comment: string } }),
    onSuccess: invalidate,
  });
}

export function useTodayTasks() {
  return useQuery({ queryKey: ['tasks', 'today'], queryFn: () => api.get('/api/tasks/today'), staleTime: 10_000 });
}

export function useSupervision(enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'supervision'],
    queryFn: () => api.get('/api/tasks/supervision'),
    enabled,
    staleTime: 10_000,
  });
}
