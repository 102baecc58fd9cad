// Accounts API (administrators): paged list, create, update (roles, lock) with version, password reset.
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, UserView } from '../../../../contracts/users';
import type { z } from '../../../../contracts/zod';
import { api } from '../../../lib/api';

export interface UserPage {
  items: UserView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface UsersParams {
  q?: string;
  page: number;
  pageSize: number;
}

/** GET /api/users?q=&page=&pageSize= */
export function usersQuery(params: UsersParams) {
  return queryOptions({
    queryKey: ['users', 'list', params],
    queryFn: ({ signal }) =>
      api<UserPage>('/api/users', {
        query: { q: params.q?.trim() || undefined, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['users'] });
}

/** POST /api/users */
export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateUserBody>) =>
      api<UserView>('/api/users', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** PATCH /api/users/:id {fullName?, active?, roles?, version} */
export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateUserBody> }) =>
      api<UserView>(`/api/users/${id}`, { method: 'PATCH', body }),
    onSuccess: invalidate,
  });
}

/** POST /api/users/:id/reset-password {newPassword}; the user's sessions end. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api<{ ok: true }>(`/api/users/${id}/reset-password`, { method: 'POST', body: { newPassword } }),
  });
}
