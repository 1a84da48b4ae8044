import type { AttendanceBody, Enrolment, Training, TrainingCreate, TrainingUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type TrainingFilters = { page: number; pageSize: number; q?: string; kind?: string; open?: string };

export function useTrainings(filters: TrainingFilters) {
  return useQuery({
    queryKey: ['trainings', 'list', filters],
    queryFn: () => api.get<Page<Training>>('/trainings', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

/** The roster of a programme (the bureau running it). */
export function useRoster(trainingId: string | undefined) {
  return useQuery({
    queryKey: ['trainings', 'roster', trainingId],
    queryFn: () => api.get<Page<Enrolment>>(`/trainings/${trainingId}/enrolments`, { pageSize: 200 }),
    enabled: Boolean(trainingId),
  });
}

/** Enrolments of the caller's own workers (an organisation sees its staff's). */
export function useEnrolments(filters: QueryParams, enabled = true) {
  return useQuery({
    queryKey: ['enrolments', filters],
    queryFn: () => api.get<Page<Enrolment>>('/enrolments', filters),
    enabled,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['trainings'] }),
      client.invalidateQueries({ queryKey: ['enrolments'] }),
      client.invalidateQueries({ queryKey: ['workers'] }),
    ]);
}

export function useSaveTraining() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: TrainingCreate | TrainingUpdate }) =>
      id ? api.patch<Training>(`/trainings/${id}`, body) : api.post<Training>('/trainings', body),
    onSuccess: invalidate,
  });
}

export function useDeleteTraining() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (t: Pick<Training, 'id' | 'version'>) => api.delete(`/trainings/${t.id}`, { version: t.version }),
    onSuccess: invalidate,
  });
}

export function useEnrol() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ workerId, trainingId }: { workerId: string; trainingId: string }) =>
      api.post<Enrolment>(`/workers/${workerId}/enrolments`, { trainingId }),
    onSuccess: invalidate,
  });
}

/** Attended enrolments count as continuing-education hours. */
export function useMarkAttendance(trainingId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AttendanceBody) => api.post<Enrolment[]>(`/trainings/${trainingId}/attendance`, body),
    onSuccess: invalidate,
  });
}
