import type { Coverage, Station, StationCreate, StationUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type StationFilters = {
  page: number;
  pageSize: number;
  q?: string;
  tier?: string;
  regionCode?: string;
  organisationId?: string;
  status?: string;
};

export function useStations(filters: StationFilters, enabled = true) {
  return useQuery({
    queryKey: ['stations', 'list', filters],
    queryFn: () => api.get<Page<Station>>('/stations', filters as QueryParams),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverage(regionCode: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['stations', 'coverage', regionCode ?? null, page, pageSize],
    queryFn: () => api.get<Coverage>('/stations/coverage', { regionCode, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Stations feed the home counts and coverage, so all of them are refreshed after a change. */
function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['stations'] }),
      client.invalidateQueries({ queryKey: ['home'] }),
      client.invalidateQueries({ queryKey: ['organisations'] }),
    ]);
}

export function useCreateStation() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: StationCreate) => api.post<Station>('/stations', body), onSuccess: invalidate });
}

export function useUpdateStation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StationUpdate }) => api.patch<Station>(`/stations/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteStation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (station: Pick<Station, 'id' | 'version'>) => api.delete(`/stations/${station.id}`, { version: station.version }),
    onSuccess: invalidate,
  });
}
