import { DashboardQuery } from '@shegong/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { type ApiQuery, api } from '../../app/api/client.ts';
import { parseListQuery } from '../../app/components/use-list-params.ts';

export type DashboardParams = ApiQuery<'/api/dashboards'>;
export type DashboardChart = 'personTimesByMonth' | 'peopleByCategory' | 'casesByStage' | 'children' | 'projects' | 'byKind';

/** A region's (or a station's) dashboard for a year; the big screen refreshes it every minute. */
export function useDashboard(params: DashboardParams, refetchInterval?: number) {
  return useQuery({
    queryKey: ['dashboards', 'one', params],
    queryFn: () => api.get('/api/dashboards', { params: { query: params } }),
    placeholderData: keepPreviousData,
    refetchInterval,
    refetchIntervalInBackground: Boolean(refetchInterval),
  });
}

/** Region, station and year in the URL, so a drilled-down dashboard can be linked and shown on the wall. */
export function useDashboardParams() {
  const [search, setSearch] = useSearchParams();
  const params: DashboardParams = useMemo(() => parseListQuery(DashboardQuery, search), [search]);

  /** Opens a region (or the caller's own with no code) or a station, keeping the year. */
  const drill = useCallback(
    (target: { regionCode?: string; stationId?: string }) =>
      setSearch((prev) => {
        const next = new URLSearchParams();
        const year = prev.get('year');
        if (year) next.set('year', year);
        if (target.stationId) next.set('stationId', target.stationId);
        else if (target.regionCode) next.set('regionCode', target.regionCode);
        return next;
      }),
    [setSearch],
  );

  const setYear = useCallback(
    (year: string | undefined) =>
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        if (year) next.set('year', year);
        else next.delete('year');
        return next;
      }),
    [setSearch],
  );

  return { params, drill, setYear, search: search.toString() };
}
