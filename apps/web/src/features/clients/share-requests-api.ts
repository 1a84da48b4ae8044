import type { ShareRequestAccept, ShareRequestCreate, ShareRequestDecline } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useShareRequests(query: ApiQuery<'/api/client-share-requests'>) {
  return useQuery({
    queryKey: ['share-requests', 'list', query],
    queryFn: () => api.get('/api/client-share-requests', { params: { query } }),
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
    mutationFn: (body: ShareRequestCreate) => api.post('/api/client-share-requests', { body }),
    onSuccess: invalidate,
  });
}

export function useAnswerShareRequest() {
  const invalidate = useInvalidateShareRequests();
  return useMutation({
    mutationFn: ({ id, accept, body }: { id: string; accept: boolean; body: ShareRequestAccept | ShareRequestDecline }) =>
      accept
        ? api.post('/api/client-share-requests/{id}/accept', { params: { path: { id } }, body })
        : api.post('/api/client-share-requests/{id}/decline', { params: { path: { id } }, body: body as ShareRequestDecline }),
    onSuccess: invalidate,
  });
}

export function useAcknowledgeLookupAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/identity-lookup-alerts/{id}/acknowledge', { params: { path: { id } } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tasks', 'supervision'] }),
  });
}
