// HTTP for clusters and blocks (cụm, khối thi đua): groups, members, covenant, score sheet, scores with
// evidence, finalising, next year and the results workbook. Every change answers the refreshed group.
import { OkBody } from '../../../contracts/common';
import {
  EvidenceParams,
  FinaliseBody,
  GroupCreateBody,
  GroupDossierBody,
  GroupDossierResult,
  GroupIdParams,
  GroupListQuery,
  GroupPage,
  GroupScoresBody,
  GroupUpdateBody,
  GroupView,
  MemberParams,
  MembersBody,
  NextYearBody,
  ReopenBody,
  SelfScoresBody,
  SheetBody,
} from '../../../contracts/clusters';
import type { FastifyReply } from 'fastify';
import type { App } from '../../app-types';
import { contentDisposition, extensionOf, readMultipartUpload } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  clusterResultsFileName,
  renderClusterResults,
  XLSX_CONTENT_TYPE,
} from '../../render/cluster-results.xlsx';
import { createLeaderDossier } from './clusters.dossier';
import {
  attachCovenantFile,
  attachEvidenceFile,
  createNextYear,
  finaliseGroup,
  readCovenantFile,
  readEvidenceFile,
  removeCovenantFile,
  removeEvidenceFile,
  reopenGroup,
  setGroupScores,
  setSelfScores,
} from './clusters.scores';
import {
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  replaceMembers,
  replaceSheet,
  updateGroup,
} from './clusters.service';

const tags = ['Cụm, khối thi đua'];
const base = '/api/emulation-groups';

export async function clustersRoutes(app: App): Promise<void> {
  app.get(
    base,
    {
      schema: {
        tags,
        summary:
          'Cụm, khối thi đua trong phạm vi (năm, đơn vị tổ chức, loại), kèm trưởng, phó và đơn vị dẫn đầu',
        querystring: GroupListQuery,
        response: { 200: GroupPage },
      },
    },
    (req) => app.db.transaction((tx) => listGroups(tx, requireActor(req), req.query)),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Thành lập cụm, khối thi đua của năm (đơn vị tổ chức, tên, giao ước)',
        body: GroupCreateBody,
        response: { 201: GroupView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return reply.status(201).send(await app.db.transaction((tx) => createGroup(tx, actor, req.body)));
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Một cụm, khối: thành viên, giao ước, bảng điểm, điểm tự chấm và điểm cụm chấm, xếp hạng',
        params: GroupIdParams,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => getGroup(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Sửa tên, loại, ghi chú, giao ước thi đua (kèm version)',
        params: GroupIdParams,
        body: GroupUpdateBody,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => updateGroup(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Xóa cụm, khối lập nhầm (khi chưa có điểm)',
        params: GroupIdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteGroup(tx, requireActor(req), req.params.id)),
  );

  app.put(
    `${base}/:id/members`,
    {
      schema: {
        tags,
        summary: 'Thành viên, trưởng, phó cụm, khối và thứ tự luân phiên (thay cả danh sách, kèm version)',
        params: GroupIdParams,
        body: MembersBody,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => replaceMembers(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    `${base}/:id/sheet`,
    {
      schema: {
        tags,
        summary:
          'Bảng tiêu chí chấm điểm: nhóm tiêu chí, tiêu chí, điểm thưởng, điểm trừ (thay cả bảng, kèm version)',
        params: GroupIdParams,
        body: SheetBody,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => replaceSheet(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    `${base}/:id/members/:unitId/self-scores`,
    {
      schema: {
        tags,
        summary: 'Đơn vị thành viên tự chấm điểm kèm minh chứng (để đối chiếu, không dùng xếp hạng)',
        params: MemberParams,
        body: SelfScoresBody,
        response: { 200: GroupView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        setSelfScores(tx, requireActor(req), req.params.id, req.params.unitId, req.body),
      ),
  );

  app.put(
    `${base}/:id/members/:unitId/group-scores`,
    {
      schema: {
        tags,
        summary: 'Cụm, khối (trưởng cụm hoặc đơn vị tổ chức) chấm điểm đơn vị thành viên',
        params: MemberParams,
        body: GroupScoresBody,
        response: { 200: GroupView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        setGroupScores(tx, requireActor(req), req.params.id, req.params.unitId, req.body),
      ),
  );

  const evidenceUrl = `${base}/:id/members/:unitId/items/:itemId/evidence`;
  app.put(
    evidenceUrl,
    {
      schema: {
        tags,
        summary: 'Tải lên tệp minh chứng cho điểm tự chấm của một mục (multipart: file)',
        consumes: ['multipart/form-data'],
        params: EvidenceParams,
        response: { 200: GroupView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      return app.db.transaction((tx) => attachEvidenceFile(tx, actor, req.params, upload));
    },
  );
  app.delete(
    evidenceUrl,
    { schema: { tags, summary: 'Gỡ tệp minh chứng', params: EvidenceParams, response: { 200: GroupView } } },
    (req) => app.db.transaction((tx) => removeEvidenceFile(tx, requireActor(req), req.params)),
  );
  app.get(
    evidenceUrl,
    { schema: { tags, summary: 'Tải tệp minh chứng', params: EvidenceParams } },
    async (req, reply) => {
      const file = await app.db.transaction((tx) => readEvidenceFile(tx, requireActor(req), req.params));
      return sendFile(reply, file);
    },
  );

  const covenantUrl = `${base}/:id/covenant-file`;
  app.put(
    covenantUrl,
    {
      schema: {
        tags,
        summary: 'Tải lên bản giao ước thi đua đã ký (multipart: file)',
        consumes: ['multipart/form-data'],
        params: GroupIdParams,
        response: { 200: GroupView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      return app.db.transaction((tx) => attachCovenantFile(tx, actor, req.params.id, upload));
    },
  );
  app.delete(
    covenantUrl,
    { schema: { tags, summary: 'Gỡ tệp giao ước', params: GroupIdParams, response: { 200: GroupView } } },
    (req) => app.db.transaction((tx) => removeCovenantFile(tx, requireActor(req), req.params.id)),
  );
  app.get(
    covenantUrl,
    { schema: { tags, summary: 'Tải tệp giao ước', params: GroupIdParams } },
    async (req, reply) => {
      const file = await app.db.transaction((tx) => readCovenantFile(tx, requireActor(req), req.params.id));
      return sendFile(reply, file);
    },
  );

  app.post(
    `${base}/:id/finalise`,
    {
      schema: {
        tags,
        summary: 'Chốt kết quả: lưu hạng và điểm của từng đơn vị, đơn vị dẫn đầu (khi đã chấm đủ)',
        params: GroupIdParams,
        body: FinaliseBody,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => finaliseGroup(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/:id/reopen`,
    {
      schema: {
        tags,
        summary: 'Mở lại chấm điểm (xóa kết quả đã chốt, kèm lý do)',
        params: GroupIdParams,
        body: ReopenBody,
        response: { 200: GroupView },
      },
    },
    (req) => app.db.transaction((tx) => reopenGroup(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    `${base}/:id/next-year`,
    {
      schema: {
        tags,
        summary: 'Lập cụm, khối năm sau: cùng thành viên, bảng điểm; trưởng, phó luân phiên theo thứ tự',
        params: GroupIdParams,
        body: NextYearBody,
        response: { 201: GroupView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return reply
        .status(201)
        .send(await app.db.transaction((tx) => createNextYear(tx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    `${base}/:id/dossier`,
    {
      schema: {
        tags,
        summary: 'Tạo hồ sơ đề nghị Cờ thi đua (cụm, khối của tỉnh) hoặc Bằng khen tỉnh cho đơn vị dẫn đầu',
        params: GroupIdParams,
        body: GroupDossierBody,
        response: { 201: GroupDossierResult },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      return reply
        .status(201)
        .send(await app.db.transaction((tx) => createLeaderDossier(tx, actor, req.params.id, req.body)));
    },
  );

  app.get(
    `${base}/:id/results.xlsx`,
    { schema: { tags, summary: 'Tải kết quả chấm điểm, xếp hạng (Excel)', params: GroupIdParams } },
    async (req, reply) => {
      const view = await app.db.transaction((tx) => getGroup(tx, requireActor(req), req.params.id));
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(clusterResultsFileName(view)))
        .header('cache-control', 'no-store')
        .send(await renderClusterResults(view));
    },
  );
}

function sendFile(reply: FastifyReply, file: { name: string; mime: string; content: Buffer }): FastifyReply {
  const inline = ['pdf', 'jpg', 'jpeg', 'png'].includes(extensionOf(file.name));
  return reply
    .header('content-type', file.mime)
    .header('content-disposition', contentDisposition(file.name, inline ? 'inline' : 'attachment'))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
