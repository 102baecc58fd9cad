// "Việc cần xử lý" (issue #4 point 9): what waits for the signed-in user's action, from every module that
// registers an inbox provider (dossiers, councils, decisions …), overdue first, a page at a time.
import { ListQuery } from './common';
import { z } from './zod';

export const InboxItem = z.object({
  /** Unique across providers: "<kind>:<id>". */
  key: z.string(),
  /** The provider's kind: 'dossier', 'council_meeting', 'decision' … */
  kind: z.string(),
  /** Vietnamese name of the kind: "Hồ sơ đề nghị". */
  kindLabel: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  /** What the user is expected to do: "Tiếp nhận hồ sơ". */
  action: z.string(),
  /** Path of the web page where it is done. */
  href: z.string(),
  /** 'YYYY-MM-DD' or null. */
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  /** Waiting since (ISO time). */
  since: z.string(),
});
export type InboxItem = z.infer<typeof InboxItem>;

/** Most items one page of the inbox holds. */
export const INBOX_MAX_PAGE_SIZE = 100;

/** ?page=&pageSize= (at most INBOX_MAX_PAGE_SIZE items a page). */
export const InboxQuery = ListQuery.pick({ page: true }).extend({
  pageSize: z.coerce.number().int().min(1).max(INBOX_MAX_PAGE_SIZE).default(20),
});
export type InboxQuery = z.output<typeof InboxQuery>;

export const InboxPage = z.object({
  /** The page's items, overdue first, then the nearest deadline (none last), then the longest waiting. */
  items: z.array(InboxItem),
  /** All the items waiting, on every page. */
  total: z.number().int(),
  /** How many of them are overdue. */
  overdue: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InboxPage = z.infer<typeof InboxPage>;

export const InboxCount = z.object({ count: z.number().int(), overdue: z.number().int() });
export type InboxCount = z.infer<typeof InboxCount>;
