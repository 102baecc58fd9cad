// "Việc cần xử lý": the items waiting for the user and their count for the header badge.
import { queryOptions } from '@tanstack/react-query';
import type { InboxCount, InboxPage } from '../../../../contracts/inbox';
import { api } from '../../../lib/api';

export function inboxQuery() {
  return queryOptions({
    queryKey: ['inbox', 'items'],
    queryFn: ({ signal }) => api<InboxPage>('/api/inbox', { signal }),
  });
}

/** Refreshed every minute and when the window regains focus. */
export function inboxCountQuery() {
  return queryOptions({
    queryKey: ['inbox', 'count'],
    queryFn: ({ signal }) => api<InboxCount>('/api/inbox/count', { signal }),
    refetchInterval: 60_000,
  });
}
