// HTTP for the public disclosure page (/cong-khai): no session needed (these routes never call requireActor; the
// auth hook lets /api/public/ through without CSRF), rate-limited per address; comments limited further per day.
import { IdParams } from '../../../contracts/common';
import {
  PublicCommentBody,
  PublicCommentReceipt,
  PublicDisclosureListQuery,
  PublicDisclosurePage,
  PublicDisclosureView,
} from '../../../contracts/disclosures';
import type { App } from '../../app-types';
import { getPublished, listPublished, postComment } from './disclosures.public';

const tags = ['Công khai'];
const readLimit = { max: 120, timeWindow: '1 minute' };
/** Per client address: a person writes a few comments, not dozens a minute. */
const commentLimit = { max: 5, timeWindow: '10 minutes' };

export async function disclosuresPublicRoutes(app: App): Promise<void> {
  app.get(
    '/api/public/disclosures',
    {
      schema: {
        tags,
        summary: 'Danh sách công khai lấy ý kiến Nhân dân về đề nghị khen thưởng (đang lấy ý kiến trước)',
        querystring: PublicDisclosureListQuery,
        response: { 200: PublicDisclosurePage },
      },
      config: { rateLimit: readLimit },
    },
    (req) => app.db.transaction((tx) => listPublished(tx, req.query)),
  );

  app.get(
    '/api/public/disclosures/:id',
    {
      schema: {
        tags,
        summary: 'Một danh sách công khai: họ tên, chức vụ, đơn vị, hình thức đề nghị và tóm tắt thành tích',
        params: IdParams,
        response: { 200: PublicDisclosureView },
      },
      config: { rateLimit: readLimit },
    },
    (req) => app.db.transaction((tx) => getPublished(tx, req.params.id)),
  );

  app.post(
    '/api/public/disclosures/:id/comments',
    {
      schema: {
        tags,
        summary: 'Gửi ý kiến góp ý (không bắt buộc ghi tên, cách liên hệ) trong thời gian lấy ý kiến',
        params: IdParams,
        body: PublicCommentBody,
        response: { 201: PublicCommentReceipt },
      },
      config: { rateLimit: commentLimit },
    },
    async (req, reply) => {
      const receipt = await app.db.transaction((tx) => postComment(tx, req.params.id, req.ip, req.body));
      return reply.status(201).send(receipt);
    },
  );
}
