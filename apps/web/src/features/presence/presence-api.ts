import type { CheckinCreate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export function usePresenceToday() {
  return useQuery({
    queryKey: ['presence', 'today'],
    queryFn: () => api.get('/api/presence/today'),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['presence'] });
}

/** Arrival now (server time); a repeat tap the same day returns the first check-in. */
export function useCheckIn() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CheckinCreate) => api.post('/api/presence/checkins', { body }), onSuccess: invalidate });
}

export function useLeave() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/presence/checkins/{id}/leave', { params: { path: { id } }, body: {} }),
    onSuccess: invalidate,
  });
}

export type ReportFilters = { week?: string; regionCode?: string };

export function useWeeklyReport(filters: ReportFilters) {
  return useQuery({
    queryKey: ['presence', 'weekly', filters],
    queryFn: () => api.get('/api/presence/weekly', { params: { query: { ...filters, pageSize: 500 } } }),
    placeholderData: keepPreviousData,
  });
}

/** Compliance of recent weeks, for the trend chart. */
export function usePresenceHistory(filters: ReportFilters, weeks = 8) {
  return useQuery({
    queryKey: ['presence', 'history', filters, weeks],
    queryFn: () => api.get('/api/presence/history', { params: { query: { ...filters, weeks, pageSize: 1 } } }),
    placeholderData: keepPreviousData,
  });
}
