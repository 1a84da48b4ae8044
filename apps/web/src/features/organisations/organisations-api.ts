import type { FilingEvent, Organisation, OrganisationCreate, OrganisationUpdate } from '@shegong/contracts';
import type { FilingAction } from '@shegong/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type OrganisationFilters = {
  page: number;
  pageSize: number;
  q?: string;
  regionCode?: string;
  type?: string;
  filingStatus?: string;
  grade?: string;
};

export function useOrganisations(filters: OrganisationFilters, enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'list', filters],
    queryFn: () => api.get<Page<Organisation>>('/organisations', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ['organisations', 'one', id],
    queryFn: () => api.get<Organisation>(`/organisations/${id}`),
    enabled: Boolean(id),
  });
}

export function useFilingEvents(id: string) {
  return useQuery({
    queryKey: ['organisations', 'filing-events', id],
    queryFn: () => api.get<FilingEvent[]>(`/organisations/${id}/filing/events`),
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['organisations'] }),
      client.invalidateQueries({ queryKey: ['home'] }),
      client.invalidateQueries({ queryKey: ['stations'] }),
    ]);
}

export function useCreateOrganisation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: OrganisationCreate) => api.post<Organisation>('/organisations', body),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: OrganisationUpdate }) => api.patch<Organisation>(`/organisations/${id}`, body),
    onSuccess: invalidate,
  });
}

/** submit (the organisation), return / approve / reject (the district bureau). */
export function useFilingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, comment }: { id: string; action: FilingAction; comment?: string }) =>
      api.post<Organisation>(`/organisations/${id}/filing/${action}`, comment ? { comment } : {}),
    onSuccess: invalidate,
  });
}
