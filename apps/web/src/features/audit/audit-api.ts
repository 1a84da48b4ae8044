import type { AuditEntry } from '@shegong/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type AuditFilters = {
  page: number;
  pageSize: number;
  username?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  result?: string;
  from?: string;
  to?: string;
};

export function useAudit(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<Page<AuditEntry>>('/audit', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}
