import type {
  LookupAlertAcknowledged,
  ShareRequest,
  ShareRequestAccept,
  ShareRequestCreate,
  ShareRequestDecline,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type ShareRequestFilters = { page: number; pageSize: number; direction?: string; status?: string };

export function useShareRequests(filters: ShareRequestFilters) {
  return useQuery({
    queryKey: ['share-requests', 'list', filters],
    queryFn: () => api.get<Page<ShareRequest>>('/client-share-requests', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateShareRequests() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['share-requests'] }),
      client.invalidateQueries({ queryKey: ['tasks'] }),
      client.invalidateQueries({ queryKey: ['clients'] }),
    ]);
}

/** 请求共享档案, after the server said the number is on a file the caller cannot see. */
export function useAskToShare() {
  const invalidate = useInvalidateShareRequests();
  return useMutation({
    mutationFn: (body: ShareRequestCreate) => api.post<ShareRequest>('/client-share-requests', body),
    onSuccess: invalidate,
  });
}

export function useAnswerShareRequest() {
  const invalidate = useInvalidateShareRequests();
  return useMutation({
    mutationFn: ({ id, accept, body }: { id: string; accept: boolean; body: ShareRequestAccept | ShareRequestDecline }) =>
      api.post<ShareRequest>(`/client-share-requests/${id}/${accept ? 'accept' : 'decline'}`, body),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeLookupAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<LookupAlertAcknowledged>(`/identity-lookup-alerts/${id}/acknowledge`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tasks', 'supervision'] }),
  });
}
