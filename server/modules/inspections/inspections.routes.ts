// HTTP for inspections of emulation & commendation work: plans, their team, targets, recommendations and
// follow-up. Every change to a plan's parts answers the refreshed plan.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  FollowUpBody,
  PlanCreateBody,
  PlanListQuery,
  PlanPage,
  PlanUpdateBody,
  PlanView,
  RecommendationCreateBody,
  RecommendationListQuery,
  RecommendationPage,
  RecommendationUpdateBody,
  TargetCreateBody,
  TargetUpdateBody,
  TeamBody,
} from '../../../contracts/inspections';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { createPlan, deletePlan, getPlan, listPlans, replaceTeam, updatePlan } from './inspections.service';
import {
  addRecommendation,
  addTarget,
  deleteRecommendation,
  deleteTarget,
  listRecommendations,
  reportFollowUp,
  updateRecommendation,
  updateTarget,
} from './inspections.targets';

const tags = ['Kiểm tra công tác thi đua, khen thưởng'];

export async function inspectionsRoutes(app: App): Promise<void> {
  app.get(
    '/api/inspection-plans',
    {
      schema: {
        tags,
        summary: 'Kế hoạch kiểm tra (năm, đơn vị tổ chức), kèm số đơn vị đã kiểm tra và kiến nghị quá hạn',
        querystring: PlanListQuery,
        response: { 200: PlanPage },
      },
    },
    (req) => app.db.transaction((tx) => listPlans(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/inspection-plans',
    {
      schema: {
        tags,
        summary: 'Lập kế hoạch kiểm tra công tác thi đua, khen thưởng của năm',
        body: PlanCreateBody,
        response: { 201: PlanView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createPlan(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/inspection-plans/:id',
    {
      schema: {
        tags,
        summary:
          'Một kế hoạch: đoàn kiểm tra, đơn vị được kiểm tra, kết quả, kiến nghị và tình hình khắc phục',
        params: IdParams,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => getPlan(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/inspection-plans/:id',
    {
      schema: {
        tags,
        summary: 'Sửa kế hoạch (số, ngày, nội dung, quyết định thành lập đoàn) kèm version',
        params: IdParams,
        body: PlanUpdateBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => updatePlan(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/inspection-plans/:id',
    {
      schema: {
        tags,
        summary: 'Xóa kế hoạch nhập nhầm (khi chưa kiểm tra đơn vị nào)',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deletePlan(tx, requireActor(req), req.params.id)),
  );

  app.put(
    '/api/inspection-plans/:id/team',
    {
      schema: {
        tags,
        summary:
          'Thành phần đoàn kiểm tra theo quyết định thành lập (thay cả danh sách, kèm version của kế hoạch)',
        params: IdParams,
        body: TeamBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => replaceTeam(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/inspection-plans/:id/targets',
    {
      schema: {
        tags,
        summary: 'Thêm đơn vị được kiểm tra và thời gian dự kiến',
        params: IdParams,
        body: TargetCreateBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => addTarget(tx, requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/inspection-targets/:id',
    {
      schema: {
        tags,
        summary:
          'Cập nhật lịch, trạng thái, kết quả kiểm tra và văn bản kết luận của một đơn vị (kèm version)',
        params: IdParams,
        body: TargetUpdateBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => updateTarget(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/inspection-targets/:id',
    {
      schema: {
        tags,
        summary: 'Bỏ đơn vị thêm nhầm khỏi kế hoạch',
        params: IdParams,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => deleteTarget(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/inspection-targets/:id/recommendations',
    {
      schema: {
        tags,
        summary: 'Thêm kiến nghị sau kiểm tra (kèm hạn thực hiện)',
        params: IdParams,
        body: RecommendationCreateBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => addRecommendation(tx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/inspection-recommendations',
    {
      schema: {
        tags,
        summary: 'Kiến nghị sau kiểm tra trong phạm vi: chưa thực hiện, quá hạn trước',
        querystring: RecommendationListQuery,
        response: { 200: RecommendationPage },
      },
    },
    (req) => app.db.transaction((tx) => listRecommendations(tx, requireActor(req), req.query)),
  );

  app.patch(
    '/api/inspection-recommendations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nội dung hoặc hạn thực hiện của kiến nghị (kèm version)',
        params: IdParams,
        body: RecommendationUpdateBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => updateRecommendation(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/inspection-recommendations/:id',
    {
      schema: { tags, summary: 'Xóa kiến nghị ghi nhầm', params: IdParams, response: { 200: PlanView } },
    },
    (req) => app.db.transaction((tx) => deleteRecommendation(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/inspection-recommendations/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Đơn vị được kiểm tra báo cáo tình hình thực hiện kiến nghị (kèm version)',
        params: IdParams,
        body: FollowUpBody,
        response: { 200: PlanView },
      },
    },
    (req) => app.db.transaction((tx) => reportFollowUp(tx, requireActor(req), req.params.id, req.body)),
  );
}
