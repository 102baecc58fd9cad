// HTTP for certificates: print layouts of the awarding authorities, their preview and sample print, the awards
// one may print, and the batch print (PDF or .docx). The public verification page is server/modules/public.
import type { FastifyRequest } from 'fastify';
import { IdParams, OkBody } from '../../../contracts/common';
import {
  LayoutCreateBody,
  LayoutDeleteQuery,
  LayoutListQuery,
  LayoutUpdateBody,
  LayoutView,
  Placement,
  PreviewBody,
  PrintableAwardPage,
  PrintableQuery,
  PrintBody,
  SampleBody,
} from '../../../contracts/certificates';
import { z } from '../../../contracts/zod';
import type { App } from '../../app-types';
import { contentDisposition } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  createLayout,
  deleteLayout,
  getLayout,
  listLayouts,
  listPrintable,
  previewLayout,
  printCertificates,
  samplePdf,
  updateLayout,
} from './certificates.service';

const tags = ['Giấy khen, bằng khen'];

/**
 * The address the QR codes point to: PUBLIC_BASE_URL when set (the address citizens reach, e.g.
 * https://thiduakhenthuong.hatinh.gov.vn), else the address this request came to.
 */
export function publicBaseUrl(req: FastifyRequest, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `${req.protocol}://${req.host}`;
}

export async function certificatesRoutes(app: App): Promise<void> {
  app.get(
    '/api/certificates/layouts',
    {
      schema: {
        tags,
        summary: 'Các mẫu in giấy khen (bố cục trên phôi) trong phạm vi',
        querystring: LayoutListQuery,
        response: { 200: z.array(LayoutView) },
      },
    },
    (req) => app.db.transaction((tx) => listLayouts(tx, requireActor(req), req.query)),
  );
  app.get(
    '/api/certificates/layouts/:id',
    { schema: { tags, summary: 'Một mẫu in', params: IdParams, response: { 200: LayoutView } } },
    (req) => app.db.transaction((tx) => getLayout(tx, requireActor(req), req.params.id)),
  );
  app.post(
    '/api/certificates/layouts',
    {
      schema: {
        tags,
        summary: 'Tạo mẫu in cho cơ quan khen thưởng',
        body: LayoutCreateBody,
        response: { 201: LayoutView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createLayout(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );
  app.patch(
    '/api/certificates/layouts/:id',
    {
      schema: {
        tags,
        summary: 'Sửa mẫu in (kèm version)',
        params: IdParams,
        body: LayoutUpdateBody,
        response: { 200: LayoutView },
      },
    },
    (req) => app.db.transaction((tx) => updateLayout(tx, requireActor(req), req.params.id, req.body)),
  );
  app.delete(
    '/api/certificates/layouts/:id',
    {
      schema: {
        tags,
        summary: 'Xóa mẫu in (kèm version)',
        params: IdParams,
        querystring: LayoutDeleteQuery,
        response: { 200: OkBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await app.db.transaction((tx) => deleteLayout(tx, actor, req.params.id, req.query.version));
      return { ok: true as const };
    },
  );
  app.post(
    '/api/certificates/preview',
    {
      schema: {
        tags,
        summary: 'Vị trí từng dòng chữ và mã QR khi in một mẫu (dùng cho xem trước)',
        body: PreviewBody,
        response: { 200: Placement },
      },
    },
    (req) => {
      requireActor(req);
      return previewLayout(req.body, publicBaseUrl(req));
    },
  );
  app.post(
    '/api/certificates/sample',
    {
      schema: { tags, summary: 'In thử một giấy khen với dữ liệu mẫu (PDF)', body: SampleBody },
    },
    async (req, reply) => {
      requireActor(req);
      const bytes = await samplePdf(req.body, publicBaseUrl(req));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition('giay-khen-in-thu.pdf', 'inline'))
        .send(Buffer.from(bytes));
    },
  );
  app.get(
    '/api/certificates/awards',
    {
      schema: {
        tags,
        summary: 'Khen thưởng có thể in giấy khen (theo quyết định, năm, tên)',
        querystring: PrintableQuery,
        response: { 200: PrintableAwardPage },
      },
    },
    (req) => app.db.transaction((tx) => listPrintable(tx, requireActor(req), req.query)),
  );
  app.post(
    '/api/certificates/print',
    {
      schema: {
        tags,
        summary: 'In giấy khen hàng loạt (một tệp PDF hoặc .docx, mỗi khen thưởng một trang)',
        body: PrintBody,
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await app.db.transaction((tx) =>
        printCertificates(tx, actor, req.body, publicBaseUrl(req)),
      );
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-certificate-count', String(file.count))
        .send(Buffer.from(file.bytes));
    },
  );
}
