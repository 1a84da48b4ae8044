import type { CatalogueItemCreate, CatalogueItemUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export type CatalogueCreateBody = (typeof CatalogueItemCreate)['_output'];
export type CatalogueUpdateBody = (typeof CatalogueItemUpdate)['_output'];

export function useCatalogue(filters: ApiQuery<'/api/catalogue'>, enabled = true) {
  return useQuery({
    queryKey: ['catalogue', 'list', filters],
    queryFn: () => api.get('/api/catalogue', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A project bought from an item moves it to 正在实施, so projects are refreshed with it. */
function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['catalogue'] });
}

export function useCreateCatalogueItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CatalogueCreateBody) => api.post('/api/catalogue', { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateCatalogueItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CatalogueUpdateBody }) =>
      api.patch('/api/catalogue/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

/** Service areas already used in the caller's catalogues: the filter's options and the form's suggestions. */
export function useServiceAreas() {
  const all = useCatalogue({ page: 1, pageSize: 200 });
  const areas = [...new Set((all.data?.items ?? []).map((i) => i.serviceArea))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return areas.map((area) => ({ value: area, label: area }));
}
