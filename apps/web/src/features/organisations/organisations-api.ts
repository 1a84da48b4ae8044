import type { OrganisationCreate, OrganisationUpdate } from '@shegong/contracts';
import type { FilingAction } from '@shegong/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useOrganisations(filters: ApiQuery<'/api/organisations'>, enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'list', filters],
    queryFn: () => api.get('/api/organisations', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ['organisations', 'one', id],
    queryFn: () => api.get('/api/organisations/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

export function useFilingEvents(id: string) {
  return useQuery({
    queryKey: ['organisations', 'filing-events', id],
    queryFn: () => api.get('/api/organisations/{id}/filing/events', { params: { path: { id } } }),
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
    mutationFn: (body: OrganisationCreate) => api.post('/api/organisations', { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: OrganisationUpdate }) =>
      api.patch('/api/organisations/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** submit (the organisation), return / approve / reject (the district bureau). */
export function useFilingAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, comment }: { id: string; action: FilingAction; comment?: string }) =>
      api.post(`/api/organisations/{id}/filing/${action}`, { params: { path: { id } }, body: comment ? { comment } : {} }),
    onSuccess: invalidate,
  });
}
