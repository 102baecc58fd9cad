// HTTP for account administration.
import { IdParams, ListQuery, OkBody, pageOf } from '../../../contracts/common';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserView } from '../../../contracts/users';
import type { App } from '../../app-types';
import { authorize } from '../../lib/errors';
import { requireActor } from '../../plugins/auth';
import { lastLogins, listUsers, rolesOf } from './users.queries';
import { presentUser } from './users.present';
import { createUser, getUser, resetPassword, updateUser } from './users.service';

const tags = ['Tài khoản'];

export async function usersRoutes(app: App): Promise<void> {
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Danh sách tài khoản',
        querystring: ListQuery,
        response: { 200: pageOf(UserView) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(
        actor.roles.some((r) => r.role === 'admin'),
        'Chỉ quản trị viên được xem danh sách tài khoản',
      );
      const { rows, total } = await listUsers(app.db, actor, req.query);
      const ids = rows.map((r) => r.id);
      const [roles, logins] = await Promise.all([rolesOf(app.db, ids), lastLogins(app.db, ids)]);
      return {
        items: rows.map((u) => presentUser(actor, u, roles, logins.get(u.id))),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/api/users/:id',
    { schema: { tags, summary: 'Chi tiết tài khoản', params: IdParams, response: { 200: UserView } } },
    async (req) => getUser(app.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/users',
    { schema: { tags, summary: 'Tạo tài khoản', body: CreateUserBody, response: { 201: UserView } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await app.db.transaction((tx) => createUser(tx, actor, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tài khoản, vai trò, khóa/mở khóa',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => updateUser(tx, actor, req.params.id, req.body));
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: OkBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await app.db.transaction((tx) => resetPassword(tx, actor, req.params.id, req.body));
      return { ok: true as const };
    },
  );
}
