import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export function useWorkforceStatistics(regionCode: string | undefined) {
  return useQuery({
    queryKey: ['statistics', 'workforce', regionCode ?? null],
    queryFn: () => api.get('/api/statistics/workforce', { params: { query: { regionCode } } }),
    placeholderData: keepPreviousData,
  });
}
