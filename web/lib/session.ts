// The signed-in user (GET /api/auth/me) shared by the whole app; null when nobody is signed in.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeView } from '../../contracts/auth';
import type { Role } from '../../contracts/enums';
import { api, ApiError, setCsrfToken } from './api';

export const ME_KEY = ['auth', 'me'] as const;

/** Loads the current user; a 401 answer means "not signed in" and yields null. */
export const meQuery = queryOptions({
  queryKey: ME_KEY,
  queryFn: async (): Promise<MeView | null> => {
    try {
      const me = await api<MeView>('/api/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

/** The current user or null (while loading: undefined). */
export function useMe() {
  return useQuery(meQuery);
}

/** True when the user holds one of the roles anywhere. */
export function hasAnyRole(me: MeView | null | undefined, roles: readonly Role[]): boolean {
  return !!me && me.user.roles.some((r) => roles.includes(r.role));
}
