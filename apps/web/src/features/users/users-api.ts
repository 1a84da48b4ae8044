import type { User, UserCreate, UserUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page, type QueryParams } from '../../app/api/client.ts';

export type UserFilters = {
  page: number;
  pageSize: number;
  q?: string;
  role?: string;
  regionCode?: string;
  organisationId?: string;
  isDisabled?: string;
};

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: ['users', 'list', filters],
    queryFn: () => api.get<Page<User>>('/users', filters as QueryParams),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['users'] }), client.invalidateQueries({ queryKey: ['home'] })]);
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreate) => api.post<User>('/users', body), onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdate }) => api.patch<User>(`/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api.post<void>(`/users/${id}/reset-password`, { newPassword }),
  });
}

export function canResetPassword(user: User): boolean {
  return user.allowedActions.includes('reset_password');
}
