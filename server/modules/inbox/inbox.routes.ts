// HTTP for "Việc cần xử lý": the items waiting for the signed-in user and their count for the header badge.
import { InboxCount, InboxPage, InboxQuery } from '../../../contracts/inbox';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { countInbox, listInbox } from './inbox.service';

const tags = ['Việc cần xử lý'];

export async function inboxRoutes(app: App): Promise<void> {
  app.get(
    '/api/inbox',
    {
      schema: {
        tags,
        summary:
          'Việc đang chờ người dùng xử lý (hồ sơ, phiên họp, quyết định …), việc quá hạn lên đầu, theo trang (tối đa 100 việc mỗi trang)',
        querystring: InboxQuery,
        response: { 200: InboxPage },
      },
    },
    (req) => app.db.transaction((tx) => listInbox(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/inbox/count',
    {
      schema: {
        tags,
        summary: 'Số việc đang chờ xử lý (và số việc quá hạn) cho biểu tượng trên thanh tiêu đề',
        response: { 200: InboxCount },
      },
    },
    (req) => app.db.transaction((tx) => countInbox(tx, requireActor(req))),
  );
}
