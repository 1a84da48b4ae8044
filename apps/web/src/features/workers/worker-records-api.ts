import type { EducationRecordCreate, Registration, RegistrationApply } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';
import { useInvalidateWorkers } from './workers-api.ts';

export function useRegistrations(filters: ApiQuery<'/api/registrations'>, enabled = true) {
  return useQuery({
    queryKey: ['registrations', 'list', filters],
    queryFn: () => api.get('/api/registrations', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplyRegistration(workerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (body: RegistrationApply) => api.post('/api/workers/{id}/registrations', { params: { path: { id: workerId } }, body }),
    onSuccess: invalidate,
  });
}

export type ReviewStep = 'first' | 'final';

/** 初审 by the employer, 终审 by the district bureau; a rejection carries its reason. */
export function useReviewRegistration() {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: ({
      id,
      step,
      ...body
    }: {
      id: string;
      step: ReviewStep;
      decision: 'approve' | 'reject';
      comment?: string;
      version: number;
    }) => api.post(`/api/registrations/{id}/${step}-review`, { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useIssueRegistration() {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (r: Pick<Registration, 'id' | 'version'>) =>
      api.post('/api/registrations/{id}/issue', { params: { path: { id: r.id } }, body: { version: r.version } }),
    onSuccess: invalidate,
  });
}

export function useWorkerEducation(workerId: string) {
  return useQuery({
    queryKey: ['workers', 'education', workerId],
    queryFn: () => api.get('/api/workers/{id}/education', { params: { path: { id: workerId } } }),
  });
}

export function useAddEducation(workerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (body: EducationRecordCreate) => api.post('/api/workers/{id}/education', { params: { path: { id: workerId } }, body }),
    onSuccess: invalidate,
  });
}

export function useWorkerPosts(workerId: string) {
  return useQuery({
    queryKey: ['staffing', 'posts', { workerId }],
    queryFn: () => api.get('/api/staffing/posts', { params: { query: { workerId, pageSize: 100 } } }),
  });
}

export function useWorkerEnrolments(workerId: string) {
  return useQuery({
    queryKey: ['enrolments', { workerId }],
    queryFn: () => api.get('/api/enrolments', { params: { query: { workerId, pageSize: 100 } } }),
  });
}
