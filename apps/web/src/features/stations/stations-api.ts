import type { Station, StationCreate, StationUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useStations(filters: ApiQuery<'/api/stations'>, enabled = true) {
  return useQuery({
    queryKey: ['stations', 'list', filters],
    queryFn: () => api.get('/api/stations', { params: { query: filters } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCoverage(regionCode: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['stations', 'coverage', regionCode ?? null, page, pageSize],
    queryFn: () => api.get('/api/stations/coverage', { params: { query: { regionCode, page, pageSize } } }),
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
  return useMutation({ mutationFn: (body: StationCreate) => api.post('/api/stations', { body }), onSuccess: invalidate });
}

export function useUpdateStation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StationUpdate }) => api.patch('/api/stations/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useDeleteStation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (station: Pick<Station, 'id' | 'version'>) =>
      api.delete('/api/stations/{id}', { params: { path: { id: station.id }, query: { version: station.version } } }),
    onSuccess: invalidate,
  });
}
