import type { Group, GroupCreate, GroupDetail, GroupSessionInput, GroupUpdate } from '@shegong/contracts';
import type { GroupPhase } from '@shegong/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams, request } from '../../app/api/client.ts';

export type GroupFilters = { page: number; pageSize: number; q?: string; stationId?: string; phase?: string };

export function useGroups(filters: GroupFilters) {
  return useQuery({
    queryKey: ['groups', 'list', filters],
    queryFn: () => api.get<Page<Group>>('/groups', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(id: string | undefined) {
  return useQuery({ queryKey: ['groups', 'one', id], queryFn: () => api.get<GroupDetail>(`/groups/${id}`), enabled: Boolean(id) });
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

export const useCreateGroup = () => useGroupChange((body: GroupCreate) => api.post<GroupDetail>('/groups', body));
export const useUpdateGroup = () =>
  useGroupChange(({ id, body }: { id: string; body: GroupUpdate }) => api.patch<GroupDetail>(`/groups/${id}`, body));
export const useGroupPhase = () =>
  useGroupChange(({ id, phase, version }: { id: string; phase: GroupPhase; version: number }) =>
    api.post<GroupDetail>(`/groups/${id}/phase`, { phase, version }),
  );
export const useGroupEvaluation = () =>
  useGroupChange(({ id, evaluation, version }: { id: string; evaluation: string; version: number }) =>
    api.post<GroupDetail>(`/groups/${id}/evaluation`, { evaluation, version }),
  );
export const useAddMembers = () =>
  useGroupChange(({ id, clientIds, joinedOn }: { id: string; clientIds: string[]; joinedOn?: string }) =>
    api.post<GroupDetail>(`/groups/${id}/members`, { clientIds, joinedOn }),
  );
export const useMemberLeave = () =>
  useGroupChange(({ id, clientId, leftOn }: { id: string; clientId: string; leftOn?: string }) =>
    api.delete<GroupDetail>(`/groups/${id}/members/${clientId}`, { leftOn }),
  );
export const useSaveSession = () =>
  useGroupChange(({ groupId, sessionId, body }: { groupId: string; sessionId?: string; body: GroupSessionInput }) =>
    sessionId
      ? request<GroupDetail>('PUT', `/group-sessions/${sessionId}`, { body })
      : api.post<GroupDetail>(`/groups/${groupId}/sessions`, body),
  );
export const useRemoveSession = () =>
  useGroupChange(async ({ sessionId, reason }: { sessionId: string; reason: string }) => {
    await api.delete(`/group-sessions/${sessionId}`, { reason });
    return undefined;
  });
