import type { Region } from '@shegong/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../app/api/client.ts';

export type RegionWithPath = Region & { path: Region[] };

export const regionKeys = {
  children: (parent: string | null) => ['regions', 'children', parent] as const,
  search: (q: string) => ['regions', 'search', q] as const,
  one: (code: string) => ['regions', 'one', code] as const,
};

export function fetchChildren(parent: string | null): Promise<Page<Region>> {
  return api.get('/api/regions', { params: { query: { parent: parent ?? undefined } } });
}

export function fetchRegion(code: string): Promise<RegionWithPath> {
  return api.get('/api/regions/{code}', { params: { path: { code } } });
}

export function useRegionChildren(parent: string | null) {
  return useQuery({ queryKey: regionKeys.children(parent), queryFn: () => fetchChildren(parent), staleTime: 10 * 60_000 });
}

export function useRegionSearch(q: string) {
  return useQuery({
    queryKey: regionKeys.search(q),
    queryFn: () => api.get('/api/regions', { params: { query: { q } } }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });
}

export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: regionKeys.one(code ?? ''),
    queryFn: () => fetchRegion(code ?? ''),
    enabled: Boolean(code),
    staleTime: 10 * 60_000,
  });
}
