import type { WorkerCreate, WorkerRevealBody, WorkerUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useWorkers(filters: ApiQuery<'/api/workers'>, enabled = true) {
  return useQuery({
    queryKey: ['workers', 'list', filters],
    queryFn: () => api.get('/api/workers', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One worker in full (mobile unmasked for its editors); the read is audited by the server. */
export function useWorker(id: string | undefined) {
  return useQuery({
    queryKey: ['workers', 'one', id],
    queryFn: () => api.get('/api/workers/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
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
  return useMutation({ mutationFn: (body: WorkerCreate) => api.post('/api/workers', { body }), onSuccess: invalidate });
}

export function useUpdateWorker() {
  const invalidate = useInvalidateWorkers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WorkerUpdate }) => api.patch('/api/workers/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** The full ID number or mobile for a stated reason; the server audits the reason with the read. */
export function useRevealWorker() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WorkerRevealBody }) =>
      api.post('/api/workers/{id}/reveal', { params: { path: { id } }, body }),
  });
}
