// "Việc cần xử lý": the items waiting for the user and their count for the header badge.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InboxCount, InboxPage } from '../../../../contracts/inbox';
import { api } from '../../../lib/api';

export interface InboxParams {
  page: number;
  pageSize: number;
}

/** GET /api/inbox: one page of the items, overdue first (the server pages; at most 100 items a page). */
export function inboxQuery(params: InboxParams) {
  return queryOptions({
    queryKey: ['inbox', 'items', params],
    queryFn: ({ signal }) =>
      api<InboxPage>('/api/inbox', { query: { page: params.page, pageSize: params.pageSize }, signal }),
    placeholderData: keepPreviousData,
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
