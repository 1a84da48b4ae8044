import type { AssignmentCreate, PostCreate, TermEnd } from '@shegong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export function useStationStaffing(stationId: string) {
  return useQuery({
    queryKey: ['staffing', 'station', stationId],
    queryFn: () => api.get('/api/staffing/stations/{id}', { params: { path: { id: stationId } } }),
  });
}

export function useStationCommunities(stationId: string) {
  return useQuery({
    queryKey: ['staffing', 'communities', stationId],
    queryFn: () => api.get('/api/staffing/stations/{id}/communities', { params: { path: { id: stationId } } }),
  });
}

/** Posts and assignments move a worker's place, so workers and presence are refreshed too. */
function useInvalidate() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['staffing'] }),
      client.invalidateQueries({ queryKey: ['workers'] }),
      client.invalidateQueries({ queryKey: ['presence'] }),
    ]);
}

export function useStartPost(stationId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: PostCreate) => api.post('/api/staffing/stations/{id}/posts', { params: { path: { id: stationId } }, body }),
    onSuccess: invalidate,
  });
}

export function useAssign(stationId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: AssignmentCreate) =>
      api.post('/api/staffing/stations/{id}/assignments', { params: { path: { id: stationId } }, body }),
    onSuccess: invalidate,
  });
}

/** Ends a post or a community assignment on the given day (inclusive). */
export function useEndTerm(kind: 'posts' | 'assignments') {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TermEnd }) =>
      api.post(`/api/staffing/${kind}/{id}/end`, { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}
