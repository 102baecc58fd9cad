// "Việc cần xử lý" (issue #4 point 9): what waits for the signed-in user's action, from every module that
// registers an inbox provider (dossiers, councils, decisions …), overdue first.
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

export const InboxPage = z.object({
  items: z.array(InboxItem),
  total: z.number().int(),
  overdue: z.number().int(),
});
export type InboxPage = z.infer<typeof InboxPage>;

export const InboxCount = z.object({ count: z.number().int(), overdue: z.number().int() });
export type InboxCount = z.infer<typeof InboxCount>;
