import type { GroupCreate, GroupDetail, GroupSessionInput, GroupUpdate } from '@shegong/contracts';
import type { GroupPhase } from '@shegong/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useGroups(filters: ApiQuery<'/api/groups'>) {
  return useQuery({
    queryKey: ['groups', 'list', filters],
    queryFn: () => api.get('/api/groups', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: ['groups', 'one', id],
    queryFn: () => api.get('/api/groups/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
  });
}

/** Sessions write ledger rows and show on the members' timelines. */
function useGroupChange<V>(fn: (v: V) => Promise<GroupDetail | undefined>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      if (detail) client.setQueryData(['groups', 'one', detail.id], detail);
      return Promise.all(['groups', 'ledger', 'clients'].map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
}

export const useCreateGroup = () => useGroupChange((body: GroupCreate) => api.post('/api/groups', { body }));
export const useUpdateGroup = () =>
  useGroupChange(({ id, body }: { id: string; body: GroupUpdate }) => api.patch('/api/groups/{id}', { params: { path: { id } }, body }));
export const useGroupPhase = () =>
  useGroupChange(({ id, phase, version }: { id: string; phase: GroupPhase; version: number }) =>
    api.post('/api/groups/{id}/phase', { params: { path: { id } }, body: { phase, version } }),
  );
export const useGroupEvaluation = () =>
  useGroupChange(({ id, evaluation, version }: { id: string; evaluation: string; version: number }) =>
    api.post('/api/groups/{id}/evaluation', { params: { path: { id } }, body: { evaluation, version } }),
  );
export const useAddMembers = () =>
  useGroupChange(({ id, clientIds, joinedOn }: { id: string; clientIds: string[]; joinedOn?: string }) =>
    api.post('/api/groups/{id}/members', { params: { path: { id } }, body: { clientIds, joinedOn } }),
  );
export const useMemberLeave = () =>
  useGroupChange(({ id, clientId, leftOn }: { id: string; clientId: string; leftOn?: string }) =>
    api.delete('/api/groups/{id}/members/{clientId}', { params: { path: { id, clientId }, query: { leftOn } } }),
  );
export const useSaveSession = () =>
  useGroupChange(({ groupId, sessionId, body }: { groupId: string; sessionId?: string; body: GroupSessionInput }) =>
    sessionId
      ? api.put('/api/group-sessions/{id}', { params: { path: { id: sessionId } }, body })
      : api.post('/api/groups/{id}/sessions', { params: { path: { id: groupId } }, body }),
  );
export const useRemoveSession = () =>
  useGroupChange(async ({ sessionId, reason }: { sessionId: string; reason: string }) => {
    await api.delete('/api/group-sessions/{id}', { params: { path: { id: sessionId }, query: { reason } } });
    return undefined;
  });
