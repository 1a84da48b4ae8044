import type { LedgerEntry, LedgerSummary } from '@shegong/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../app/api/client.ts';

export type LedgerFilters = {
  page: number;
  pageSize: number;
  from?: string;
  to?: string;
  stationId?: string;
  category?: string;
  kind?: string;
  regionCode?: string;
};

export function useLedger(filters: LedgerFilters) {
  return useQuery({
    queryKey: ['ledger', 'list', filters],
    queryFn: () => api.get<{ items: LedgerEntry[]; total: number; personTimes: number }>('/ledger', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

/** The output measures over the same filters (the kind does not narrow a summary). */
export function useLedgerSummary(filters: LedgerFilters) {
  const { page: _p, pageSize: _s, kind: _k, ...rest } = filters;
  return useQuery({
    queryKey: ['ledger', 'summary', rest],
    queryFn: () => api.get<LedgerSummary>('/ledger/summary', rest as QueryParams),
    placeholderData: keepPreviousData,
  });
}

export function useInvalidateLedger() {
  const client = useQueryClient();
  return () => Promise.all(['ledger', 'clients'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}
