// HTTP for council meetings: list, schedule (under a council), read with the live quorum and outcomes, correct,
// delete, agenda, attendance, ballots per nominee, close, and the minutes (.docx).
import { IdParams, OkBody } from '../../../contracts/common';
import {
  AgendaBody,
  AttendanceBody,
  BallotBody,
  BallotParams,
  MeetingCreateBody,
  MeetingListQuery,
  MeetingPage,
  MeetingUpdateBody,
  MeetingView,
  VersionBody,
  VersionQuery,
} from '../../../contracts/councils';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { closeMeeting, deleteBallot, recordBallot } from './meetings.ballots';
import { meetingMinutes } from './meetings.minutes';
import { contentDisposition } from '../../lib/files';
import { DOCX_MIME } from '../../render/nd30';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  recordAttendance,
  replaceAgenda,
  updateMeeting,
} from './meetings.service';

const tags = ['Hội đồng Thi đua - Khen thưởng'];

export async function meetingsRoutes(app: App): Promise<void> {
  app.get(
    '/api/council-meetings',
    {
      schema: {
        tags,
        summary: 'Các phiên họp Hội đồng trong phạm vi: phiên chưa kết thúc trước',
        querystring: MeetingListQuery,
        response: { 200: MeetingPage },
      },
    },
    (req) => app.db.transaction((tx) => listMeetings(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/councils/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Lập phiên họp: ngày giờ, địa điểm, chủ trì, thư ký và hồ sơ đưa ra xét',
        params: IdParams,
        body: MeetingCreateBody,
        response: { 201: MeetingView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createMeeting(tx, actor, req.params.id, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/council-meetings/:id',
    {
      schema: {
        tags,
        summary:
          'Một phiên họp: thành viên và điểm danh, số thành viên dự họp theo quy định, chương trình, phiếu và kết quả từng người',
        params: IdParams,
        response: { 200: MeetingView },
      },
    },
    (req) => app.db.transaction((tx) => getMeeting(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/council-meetings/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin phiên họp chưa kết thúc (kèm version)',
        params: IdParams,
        body: MeetingUpdateBody,
        response: { 200: MeetingView },
      },
    },
    (req) => app.db.transaction((tx) => updateMeeting(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/council-meetings/:id',
    {
      schema: {
        tags,
        summary: 'Xóa phiên họp lập nhầm (chưa kết thúc, chưa có phiếu)',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteMeeting(tx, requireActor(req), req.params.id)),
  );

  app.put(
    '/api/council-meetings/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Hồ sơ đưa ra phiên họp (thay cả danh sách, kèm version)',
        params: IdParams,
        body: AgendaBody,
        response: { 200: MeetingView },
      },
    },
    (req) => app.db.transaction((tx) => replaceAgenda(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    '/api/council-meetings/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Ghi thành viên có mặt, vắng mặt có ý kiến bằng văn bản, vắng mặt (kèm version)',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: MeetingView },
      },
    },
    (req) => app.db.transaction((tx) => recordAttendance(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    '/api/council-meetings/:id/ballots/:nomineeId',
    {
      schema: {
        tags,
        summary:
          'Ghi kết quả bỏ phiếu cho một người được đề nghị: tổng số phiếu hoặc phiếu từng thành viên (kèm version của phiên họp)',
        params: BallotParams,
        body: BallotBody,
        response: { 200: MeetingView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        recordBallot(tx, requireActor(req), req.params.id, req.params.nomineeId, req.body),
      ),
  );

  app.delete(
    '/api/council-meetings/:id/ballots/:nomineeId',
    {
      schema: {
        tags,
        summary: 'Xóa kết quả bỏ phiếu ghi nhầm (phiên họp chưa kết thúc, ?version= của phiên họp)',
        params: BallotParams,
        querystring: VersionQuery,
        response: { 200: MeetingView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        deleteBallot(tx, requireActor(req), req.params.id, req.params.nomineeId, req.query),
      ),
  );

  app.get(
    '/api/council-meetings/:id/minutes.docx',
    {
      schema: {
        tags,
        summary:
          'Biên bản họp Hội đồng Thi đua - Khen thưởng (.docx, thể thức Nghị định 30/2020); phiên chưa kết thúc: bản dự thảo',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await app.db.transaction((tx) => meetingMinutes(tx, actor, req.params.id));
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(file.filename))
        .send(file.bytes);
    },
  );

  app.post(
    '/api/council-meetings/:id/close',
    {
      schema: {
        tags,
        summary:
          'Kết thúc phiên họp: khóa điểm danh và phiếu, ghi kết quả cho từng người, kết luận hồ sơ đã xét xong (kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 200: MeetingView },
      },
    },
    (req) => app.db.transaction((tx) => closeMeeting(tx, requireActor(req), req.params.id, req.body)),
  );
}
