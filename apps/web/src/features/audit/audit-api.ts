import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useAudit(filters: ApiQuery<'/api/audit'>) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get('/api/audit', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}
