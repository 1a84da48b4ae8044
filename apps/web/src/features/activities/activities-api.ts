import type { Activity, ActivityCreate, ActivityDetail, ActivityUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';
import { uploadFile } from '../../app/api/transfer.ts';

export type ActivityFilters = { page: number; pageSize: number; q?: string; stationId?: string; from?: string; to?: string };

export function useActivities(filters: ActivityFilters) {
  return useQuery({
    queryKey: ['activities', 'list', filters],
    queryFn: () => api.get<Page<Activity>>('/activities', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: ['activities', 'one', id],
    queryFn: () => api.get<ActivityDetail>(`/activities/${id}`),
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
  return useMutation({ mutationFn: (body: ActivityCreate) => api.post<ActivityDetail>('/activities', body), onSuccess: invalidate });
}

export function useUpdateActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ActivityUpdate }) => api.patch<ActivityDetail>(`/activities/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version, reason }: { id: string; version: number; reason: string }) =>
      api.delete(`/activities/${id}`, { version, reason }),
    onSuccess: invalidate,
  });
}

/** A photo for an activity (ownerType "activity"); shown once listed in photoFileIds. */
export function uploadActivityPhoto(activityId: string, file: File) {
  return uploadFile<{ id: string; name: string; mimeType: string }>('/files', file, {
    query: { ownerType: 'activity', ownerId: activityId },
  });
}
