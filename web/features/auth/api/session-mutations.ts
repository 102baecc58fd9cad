// Sign-in, sign-out and password change; each keeps the cached session (ME_KEY) in step.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, MeView } from '../../../../contracts/auth';
import { api, setCsrfToken } from '../../../lib/api';
import { ME_KEY } from '../../../lib/session';

/** POST /api/auth/login; on success the new session replaces every cached query. */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<MeView>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** POST /api/auth/logout; forgets everything cached for the previous user. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(ME_KEY, null);
    },
  });
}

/** POST /api/auth/password {currentPassword, newPassword}. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) =>
      api<{ ok: true }>('/api/auth/password', { method: 'POST', body }),
  });
}
