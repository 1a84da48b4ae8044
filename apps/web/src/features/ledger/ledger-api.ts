import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useLedger(filters: ApiQuery<'/api/ledger'>) {
  return useQuery({
    queryKey: ['ledger', 'list', filters],
    queryFn: () => api.get('/api/ledger', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

/** The output measures over the same filters (the kind does not narrow a summary). */
export function useLedgerSummary(filters: ApiQuery<'/api/ledger'>) {
  const { page: _p, pageSize: _s, kind: _k, ...rest } = filters;
  return useQuery({
    queryKey: ['ledger', 'summary', rest],
    queryFn: () => api.get('/api/ledger/summary', { params: { query: rest } }),
    placeholderData: keepPreviousData,
  });
}

export function useInvalidateLedger() {
  const client = useQueryClient();
  return () => Promise.all(['ledger', 'clients'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}
