import type {
  CategoryInput,
  CategoryUpdate,
  ClientCategoryOption,
  ClientCreate,
  ClientDetail,
  ClientMergeResult,
  ClientPrint,
  ClientRead,
  ClientRevealResult,
  ClientSummary,
  ClientUpdate,
  ConsentInput,
  DuplicateQuery,
  DuplicateResult,
  HouseholdMemberInput,
  Timeline,
} from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type ClientFilters = {
  page: number;
  pageSize: number;
  q?: string;
  regionCode?: string;
  stationId?: string;
  category?: string;
  riskLevel?: string;
  workerId?: string;
  ageFrom?: string;
  ageTo?: string;
};

export function useClients(filters: ClientFilters, enabled = true) {
  return useQuery({
    queryKey: ['clients', 'list', filters],
    queryFn: () => api.get<Page<ClientSummary>>('/clients', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One file; every read is audited by the server. A merged file answers with a pointer. */
export function useClient(id: string | undefined) {
  return useQuery({ queryKey: ['clients', 'one', id], queryFn: () => api.get<ClientRead>(`/clients/${id}`), enabled: Boolean(id) });
}

export function isActiveFile(read: ClientRead | undefined): read is ClientDetail {
  return Boolean(read && read.status === 'active');
}

export function useClientCategories() {
  return useQuery({
    queryKey: ['clients', 'categories'],
    queryFn: () => api.get<ClientCategoryOption[]>('/clients/categories'),
    staleTime: 10 * 60_000,
  });
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: ['clients', 'timeline', id], queryFn: () => api.get<Timeline>(`/clients/${id}/timeline`) });
}

export function useClientPrint(id: string | undefined) {
  return useQuery({
    queryKey: ['clients', 'print', id],
    queryFn: () => api.get<ClientPrint>(`/clients/${id}/print`),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

/** Files that may already be this person, asked while the intake form is typed. */
export function useDuplicates(query: DuplicateQuery | null) {
  return useQuery({
    queryKey: ['clients', 'duplicates', query],
    queryFn: () => api.post<DuplicateResult>('/clients/duplicates', query),
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
  return useMutation({ mutationFn: (body: ClientCreate) => api.post<ClientDetail>('/clients', body), onSuccess: invalidate });
}

export function useUpdateClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ClientUpdate }) => api.patch<ClientDetail>(`/clients/${id}`, body),
    onSuccess: invalidate,
  });
}

/** The parts of a file (categories, household, consents): each call answers with the whole file. */
export function useClientPart() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ method, path, body }: { method: 'post' | 'patch' | 'delete'; path: string; body?: PartBody }) =>
      method === 'delete' ? api.delete<ClientDetail>(path) : api[method]<ClientDetail>(path, body),
    onSuccess: invalidate,
  });
}
type PartBody = CategoryInput | CategoryUpdate | HouseholdMemberInput | ConsentInput | { withdrawnOn: string };

/** The full ID number, mobile or address for a stated reason; the reason is kept in the audit log. */
export function useRevealClient() {
  return useMutation({
    mutationFn: ({ id, field, reason }: { id: string; field: string; reason: string }) =>
      api.post<ClientRevealResult>(`/clients/${id}/reveal`, { field, reason }),
  });
}

export function useMergeClient() {
  const invalidate = useInvalidateClients();
  return useMutation({
    mutationFn: ({ id, intoId, reason }: { id: string; intoId: string; reason?: string }) =>
      api.post<ClientMergeResult>(`/clients/${id}/merge`, { intoId, reason }),
    onSuccess: invalidate,
  });
}
