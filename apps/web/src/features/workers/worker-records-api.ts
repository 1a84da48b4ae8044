import type {
  EducationRecord,
  EducationRecordCreate,
  Enrolment,
  Registration,
  RegistrationApply,
  StationPost,
  WorkerEducation,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';
import { useInvalidateWorkers } from './workers-api.ts';

export function useRegistrations(filters: QueryParams, enabled = true) {
  return useQuery({
    queryKey: ['registrations', 'list', filters],
    queryFn: () => api.get<Page<Registration>>('/registrations', filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplyRegistration(workerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (body: RegistrationApply) => api.post<Registration>(`/workers/${workerId}/registrations`, body),
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
    }) => api.post<Registration>(`/registrations/${id}/${step}-review`, body),
    onSuccess: invalidate,
  });
}

export function useIssueRegistration() {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (r: Pick<Registration, 'id' | 'version'>) => api.post<Registration>(`/registrations/${r.id}/issue`, { version: r.version }),
    onSuccess: invalidate,
  });
}

export function useWorkerEducation(workerId: string) {
  return useQuery({
    queryKey: ['workers', 'education', workerId],
    queryFn: () => api.get<WorkerEducation>(`/workers/${workerId}/education`),
  });
}

export function useAddEducation(workerId: string) {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: (body: EducationRecordCreate) => api.post<EducationRecord>(`/workers/${workerId}/education`, body),
    onSuccess: invalidate,
  });
}

export function useWorkerPosts(workerId: string) {
  return useQuery({
    queryKey: ['staffing', 'posts', { workerId }],
    queryFn: () => api.get<Page<StationPost>>('/staffing/posts', { workerId, pageSize: 100 }),
  });
}

export function useWorkerEnrolments(workerId: string) {
  return useQuery({
    queryKey: ['enrolments', { workerId }],
    queryFn: () => api.get<Page<Enrolment>>('/enrolments', { workerId, pageSize: 100 }),
  });
}
