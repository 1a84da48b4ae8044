import type { ActivityCreate, ActivityUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';
import { uploadFile } from '../../app/api/transfer.ts';

export function useActivities(filters: ApiQuery<'/api/activities'>) {
  return useQuery({
    queryKey: ['activities', 'list', filters],
    queryFn: () => api.get('/api/activities', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: () => api.get('/api/activities/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

/** Activities write ledger rows and show on participants' timelines. */
function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all(['activities', 'ledger', 'clients'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

export function useCreateActivity() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ActivityCreate) => api.post('/api/activities', { body }), onSuccess: invalidate });
}

export function useUpdateActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActivityUpdate }) =>
      api.patch('/api/activities/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
      api.delete('/api/activities/{id}', { params: { path: { id }, query: { version, reason } } }),
    onSuccess: invalidate,
  });
}

/** A photo for an activity (ownerType "activity"); shown once listed in photoFileIds. */
export function uploadActivityPhoto(activityId: string, file: File) {
  return uploadFile('/api/files', file, {
    query: { ownerType: 'activity', ownerId: activityId },
  });
}
