import type { User, UserCreate, UserUpdate } from '@shegong/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiQuery, api } from '../../app/api/client.ts';

export function useUsers(filters: ApiQuery<'/api/users'>) {
  return useQuery({
    queryKey: ['users', 'list', filters],
    queryFn: () => api.get('/api/users', { params: { query: filters } }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: ['users'] }), client.invalidateQueries({ queryKey: ['home'] })]);
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreate) => api.post('/api/users', { body }), onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdate }) => api.patch('/api/users/{id}', { params: { path: { id } }, body }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api.post('/api/users/{id}/reset-password', { params: { path: { id } }, body: { newPassword } }),
  });
}

export function canResetPassword(user: User): boolean {
  return user.allowedActions.includes('reset_password');
}
