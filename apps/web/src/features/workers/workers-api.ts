import type { Worker, WorkerCreate, WorkerRevealBody, WorkerRevealResult, WorkerUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type WorkerFilters = {
  page: number;
  pageSize: number;
  q?: string;
  organisationId?: string;
  regionCode?: string;
  qualificationLevel?: string;
  registrationStatus?: string;
  educationState?: string;
  isActive?: string;
};

export function useWorkers(filters: WorkerFilters, enabled = true) {
  return useQuery({
    queryKey: ['workers', 'list', filters],
    queryFn: () => api.get<Page<Worker>>('/workers', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One worker in full (mobile unmasked for its editors); the read is audited by the server. */
export function useWorker(id: string | undefined) {
  return useQuery({ queryKey: ['workers', 'one', id], queryFn: () => api.get<Worker>(`/workers/${id}`), enabled: Boolean(id) });
}

export function useInvalidateWorkers() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['workers'] }),
      client.invalidateQueries({ queryKey: ['registrations'] }),
      client.invalidateQueries({ queryKey: ['statistics'] }),
    ]);
}

export function useCreateWorker() {
  const invalidate = useInvalidateWorkers();
  return useMutation({ mutationFn: (body: WorkerCreate) => api.post<Worker>('/workers', body), onSuccess: invalidate });
}

export function useUpdateWorker() {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WorkerUpdate }) => api.patch<Worker>(`/workers/${id}`, body),
    onSuccess: invalidate,
  });
}

/** The full ID number or mobile for a stated reason; the server audits the reason with the read. */
export function useRevealWorker() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WorkerRevealBody }) => api.post<WorkerRevealResult>(`/workers/${id}/reveal`, body),
  });
}
