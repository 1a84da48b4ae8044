import type { AttendanceBody, Training, TrainingCreate, TrainingUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useTrainings(filters: ApiQuery<'/api/trainings'>) {
  return useQuery({
    queryKey: ['trainings', 'list', filters],
    queryFn: () => api.get('/api/trainings', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

/** The roster of a programme (the bureau running it). */
export function useRoster(trainingId: string | undefined) {
  return useQuery({
    queryKey: ['trainings', 'roster', trainingId],
    queryFn: () => api.get('/api/trainings/{id}/enrolments', { params: { path: { id: trainingId! }, query: { pageSize: 200 } } }),
    enabled: Boolean(trainingId),
  });
}

/** Enrolments of the caller's own workers (an organisation sees its staff's). */
export function useEnrolments(filters: ApiQuery<'/api/enrolments'>, enabled = true) {
  return useQuery({
    queryKey: ['enrolments', filters],
    queryFn: () => api.get('/api/enrolments', { params: { query: filters } }),
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

/** A new training, or changes to an existing one. */
export type TrainingSave = { id?: undefined; body: TrainingCreate } | { id: string; body: TrainingUpdate };

export function useSaveTraining() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (save: TrainingSave) =>
      save.id === undefined
        ? api.post('/api/trainings', { body: save.body })
        : api.patch('/api/trainings/{id}', { params: { path: { id: save.id } }, body: save.body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTraining() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (t: Pick<Training, 'id' | 'version'>) =>
      api.delete('/api/trainings/{id}', { params: { path: { id: t.id }, query: { version: t.version } } }),
    onSuccess: invalidate,
  });
}

export function useEnrol() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ workerId, trainingId }: { workerId: string; trainingId: string }) =>
      api.post('/api/workers/{id}/enrolments', { params: { path: { id: workerId } }, body: { trainingId } }),
    onSuccess: invalidate,
  });
}

/** Attended enrolments count as continuing-education hours. */
export function useMarkAttendance(trainingId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AttendanceBody) => api.post('/api/trainings/{id}/attendance', { params: { path: { id: trainingId } }, body }),
    onSuccess: invalidate,
  });
}
