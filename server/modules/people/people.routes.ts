// HTTP for people: list/search, detail, create, edit, employment history (import routes: people.import.routes.ts).
import { IdParams } from '../../../contracts/common';
import {
  EmploymentInput,
  EmploymentParams,
  EmploymentUpdateBody,
  PeopleListQuery,
  PeoplePage,
  PersonCreateBody,
  PersonUpdateBody,
  PersonView,
} from '../../../contracts/people';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { addEmployment, updateEmployment } from './people.employments';
import { peopleImportRoutes } from './people.import.routes';
import { createPerson, getPerson, listPeople, updatePerson } from './people.service';

const tags = ['Cá nhân'];

export async function peopleRoutes(app: App): Promise<void> {
  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Danh sách, tìm kiếm cá nhân (không phân biệt dấu, hoa thường; tìm theo số CCCD)',
        querystring: PeopleListQuery,
        response: { 200: PeoplePage },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => listPeople(tx, actor, req.query));
    },
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Thông tin cá nhân và quá trình công tác',
        params: IdParams,
        response: { 200: PersonView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => getPerson(tx, actor, req.params.id));
    },
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Thêm cá nhân (kèm quá trình công tác đầu tiên)',
        body: PersonCreateBody,
        response: { 201: PersonView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createPerson(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin cá nhân (kèm phiên bản dữ liệu version)',
        params: IdParams,
        body: PersonUpdateBody,
        response: { 200: PersonView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => updatePerson(tx, actor, req.params.id, req.body));
    },
  );

  app.post(
    '/api/people/:id/employments',
    {
      schema: {
        tags,
        summary: 'Thêm quá trình công tác',
        params: IdParams,
        body: EmploymentInput,
        response: { 201: PersonView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => addEmployment(tx, actor, req.params.id, req.body));
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/api/people/:id/employments/:employmentId',
    {
      schema: {
        tags,
        summary: 'Kết thúc hoặc sửa một quá trình công tác',
        params: EmploymentParams,
        body: EmploymentUpdateBody,
        response: { 200: PersonView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { id, employmentId } = req.params;
      return app.db.transaction((tx) => updateEmployment(tx, actor, id, employmentId, req.body));
    },
  );

  await peopleImportRoutes(app);
}
