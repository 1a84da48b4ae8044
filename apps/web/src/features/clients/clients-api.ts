import type {
  CategoryInput,
  CategoryUpdate,
  ClientCreate,
  ClientDetail,
  ClientRead,
  ClientRevealBody,
  ClientUpdate,
  ConsentInput,
  DuplicateQuery,
  HouseholdMemberInput,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useClients(query: ApiQuery<'/api/clients'>, enabled = true) {
  return useQuery({
    queryKey: ['clients', 'list', query],
    queryFn: () => api.get('/api/clients', { params: { query } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One file; every read is audited by the server. A merged file answers with a pointer. */
export function useClient(id: string | undefined) {
  return useQuery({
    queryKey: ['clients', 'one', id],
    queryFn: () => api.get('/api/clients/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

export function isActiveFile(read: ClientRead | undefined): read is ClientDetail {
  return Boolean(read && read.status === 'active');
}

export function useClientCategories() {
  return useQuery({
    queryKey: ['clients', 'categories'],
    queryFn: () => api.get('/api/clients/categories'),
    staleTime: 10 * 60_000,
  });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: ['clients', 'timeline', id],
    queryFn: () => api.get('/api/clients/{id}/timeline', { params: { path: { id } } }),
  });
}

export function useClientPrint(id: string | undefined) {
  return useQuery({
    queryKey: ['clients', 'print', id],
    queryFn: () => api.get('/api/clients/{id}/print', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

/** Files that may already be this person, asked while the intake form is typed. */
export function useDuplicates(query: DuplicateQuery | null) {
  return useQuery({
    queryKey: ['clients', 'duplicates', query],
    queryFn: () => api.post('/api/clients/duplicates', { body: query! }),
    enabled: Boolean(query),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useInvalidateClients() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['clients'] }),
      client.invalidateQueries({ queryKey: ['cases'] }),
      client.invalidateQueries({ queryKey: ['ledger'] }),
    ]);
}

export function useCreateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (body: ClientCreate) => api.post('/api/clients', { body }), onSuccess: invalidate });
}

export function useUpdateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ClientUpdate }) => api.patch('/api/clients/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** A change to one part of a file (categories, household, consents). */
export type ClientPart =
  | { op: 'addCategory'; body: CategoryInput }
  | { op: 'updateCategory'; holdingId: string; body: CategoryUpdate }
  | { op: 'addMember'; body: HouseholdMemberInput }
  | { op: 'removeMember'; memberId: string }
  | { op: 'addConsent'; body: ConsentInput }
  | { op: 'withdrawConsent'; consentId: string; withdrawnOn: string };

/** Sends one part change; each answers with the whole file. */
export function sendClientPart(id: string, part: ClientPart): Promise<ClientDetail> {
  switch (part.op) {
    case 'addCategory':
      return api.post('/api/clients/{id}/categories', { params: { path: { id } }, body: part.body });
    case 'updateCategory':
      return api.patch('/api/clients/{id}/categories/{holdingId}', {
        params: { path: { id, holdingId: part.holdingId } },
        body: part.body,
      });
    case 'addMember':
      return api.post('/api/clients/{id}/household', { params: { path: { id } }, body: part.body });
    case 'removeMember':
      return api.delete('/api/clients/{id}/household/{memberId}', { params: { path: { id, memberId: part.memberId } } });
    case 'addConsent':
      return api.post('/api/clients/{id}/consents', { params: { path: { id } }, body: part.body });
    case 'withdrawConsent':
      return api.post('/api/clients/{id}/consents/{consentId}/withdraw', {
        params: { path: { id, consentId: part.consentId } },
        body: { withdrawnOn: part.withdrawnOn },
      });
  }
}

export function useClientPart(clientId: string) {
  const invalidate = useInvalidateClients();
  return useMutation({ mutationFn: (part: ClientPart) => sendClientPart(clientId, part), onSuccess: invalidate });
}

/** The full ID number, mobile or address for a stated reason; the reason is kept in the audit log. */
export function useRevealClient() {
  return useMutation({
    mutationFn: ({ id, field, reason }: { id: string } & ClientRevealBody) =>
      api.post('/api/clients/{id}/reveal', { params: { path: { id } }, body: { field, reason } }),
  });
}

export function useMergeClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, intoId, reason }: { id: string; intoId: string; reason?: string }) =>
      api.post('/api/clients/{id}/merge', { params: { path: { id } }, body: { intoId, reason } }),
    onSuccess: invalidate,
  });
}
